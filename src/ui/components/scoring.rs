//! How far the engine is in scoring, with a way to stop it; and, after a stop, that the
//! leaderboard is out of date, with a way to score again.

use yew::prelude::*;

use crate::app::Scoring;
use crate::core::format::count;
use crate::core::i18n::{msg, text, Locale};

#[derive(Properties, PartialEq)]
pub struct ScoringBarProps {
    pub locale: Locale,
    pub scoring: Option<Scoring>,
    pub stale: bool,
    pub on_cancel: Callback<()>,
    pub on_rescore: Callback<()>,
}

#[component]
pub fn ScoringBar(props: &ScoringBarProps) -> Html {
    let l = props.locale;
    match props.scoring {
        // Re-aggregating after a rating takes a moment: nothing to show or to stop.
        Some(Scoring { total: 0, .. }) => html! {},
        Some(Scoring { done, total, .. }) => {
            let on_cancel = props.on_cancel.reform(|_: MouseEvent| ());
            html! {
                <div class="scoring" role="status" data-testid="scoring">
                    <progress max={total.to_string()} value={done.to_string()} aria-hidden="true"></progress>
                    <span data-testid="scoring-progress">{ msg!("scoring-progress", done = count(done), total = count(total)).text(l) }</span>
                    <button type="button" class="button" data-testid="scoring-cancel" onclick={on_cancel}>{ text(l, "scoring-cancel") }</button>
                </div>
            }
        }
        None if props.stale => {
            let on_rescore = props.on_rescore.reform(|_: MouseEvent| ());
            html! {
                <div class="scoring scoring--stale" role="status" data-testid="scoring-stale">
                    <span>{ text(l, "scoring-stale") }</span>
                    <button type="button" class="button" data-testid="scoring-again" onclick={on_rescore}>{ text(l, "scoring-again") }</button>
                </div>
            }
        }
        None => html! {},
    }
}
