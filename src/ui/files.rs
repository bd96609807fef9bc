//! Holding the files a user picks until the engine's worker reads them, and handing exports
//! back as downloads. The bytes are read and parsed by the engine (`core::io::files`); this
//! module only moves files in and out of the browser.

use std::cell::RefCell;
use std::collections::HashMap;

use wasm_bindgen::JsCast;


thread_local! {
    /// Picked files the page holds until their `Read` job is posted, by number.
    static HELD: RefCell<(u32, HashMap<u32, web_sys::File>)> = RefCell::new((0, HashMap::new()));
}

/// Holds a picked file under a new number, for the job that asks the worker to read it: the
/// page never reads the bytes itself (a 50 MB file would stay in its memory for good).
pub fn hold(file: web_sys::File) -> u32 {
    HELD.with(|held| {
        let (last, files) = &mut *held.borrow_mut();
        *last += 1;
        files.insert(*last, file);
        *last
    })
}

/// The file held as `number`, given up to be posted.
pub fn take_held(number: u32) -> Option<web_sys::File> {
    HELD.with(|held| held.borrow_mut().1.remove(&number))
}

/// Offers `bytes` as a download named `name`. Nothing leaves the machine: the browser saves it.
pub fn download(name: &str, mime: &str, bytes: &[u8]) -> Result<(), String> {
    // The step that failed, as the error's detail; the notice around it is worded by the app.
    let fail = |what: &str| format!("download: {what}");
    let array = js_sys::Uint8Array::from(bytes);
    let parts = js_sys::Array::of1(&array);
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options).map_err(|_| fail("blob"))?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|_| fail("url"))?;
    let document = web_sys::window().and_then(|w| w.document()).ok_or_else(|| fail("document"))?;
    let anchor: web_sys::HtmlAnchorElement =
        document.create_element("a").map_err(|_| fail("link"))?.dyn_into().map_err(|_| fail("link"))?;
    anchor.set_href(&url);
    anchor.set_download(name);
    anchor.click();
    // Some browsers read the blob after `click()` returns: the URL is freed a minute later.
    gloo_timers::callback::Timeout::new(60_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
    Ok(())
}

/// Offers an SVG drawing as a PNG download, drawn at twice its size for sharp slides. The
/// SVG is self-contained (no external image or font file), so the canvas stays exportable.
pub async fn download_png(name: &str, svg: &str) -> Result<(), String> {
    let fail = |what: &str| format!("png: {what}");
    let size = |attribute: &str| -> f64 {
        svg.split(&format!(" {attribute}=\"")).nth(1).and_then(|rest| rest.split('"').next()).and_then(|v| v.parse().ok()).unwrap_or(800.0)
    };
    let (width, height) = (size("width"), size("height"));
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(svg));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("image/svg+xml;charset=utf-8");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(|_| fail("blob"))?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|_| fail("url"))?;
    let image = web_sys::HtmlImageElement::new().map_err(|_| fail("image"))?;
    image.set_src(&url);
    let decoded = wasm_bindgen_futures::JsFuture::from(image.decode()).await;
    let _ = web_sys::Url::revoke_object_url(&url);
    decoded.map_err(|_| fail("decode"))?;
    let document = web_sys::window().and_then(|w| w.document()).ok_or_else(|| fail("document"))?;
    let canvas: web_sys::HtmlCanvasElement =
        document.create_element("canvas").map_err(|_| fail("canvas"))?.dyn_into().map_err(|_| fail("canvas"))?;
    let scale = 2.0;
    canvas.set_width((width * scale) as u32);
    canvas.set_height((height * scale) as u32);
    let context: web_sys::CanvasRenderingContext2d = canvas
        .get_context("2d")
        .ok()
        .flatten()
        .and_then(|c| c.dyn_into().ok())
        .ok_or_else(|| fail("context"))?;
    context
        .draw_image_with_html_image_element_and_dw_and_dh(&image, 0.0, 0.0, width * scale, height * scale)
        .map_err(|_| fail("draw"))?;
    let data_url = canvas.to_data_url_with_type("image/png").map_err(|_| fail("encode"))?;
    let anchor: web_sys::HtmlAnchorElement =
        document.create_element("a").map_err(|_| fail("link"))?.dyn_into().map_err(|_| fail("link"))?;
    anchor.set_href(&data_url);
    anchor.set_download(name);
    anchor.click();
    Ok(())
}

/// Asks the user to confirm `message` (false when the browser cannot ask).
pub fn confirm(message: &str) -> bool {
    web_sys::window().and_then(|w| w.confirm_with_message(message).ok()).unwrap_or(false)
}
