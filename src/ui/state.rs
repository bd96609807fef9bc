//! The Yew side of the app state: the state itself lives in `crate::app` (plain Rust, tested
//! natively); here it only becomes a `Reducible`.

use std::rc::Rc;

use yew::Reducible;

pub use crate::app::*;

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new((*self).clone().reduce(action))
    }
}

/// Milliseconds from the page's time origin.
pub fn now_ms() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map_or(0.0, |p| p.now())
}
