//! Reading the files a user picks, and handing exports back as downloads. The bytes are
//! parsed by the engine (`core::io::files`); this module only moves them in and out of the browser.

use wasm_bindgen::JsCast;


/// The name and bytes of a picked file.
pub async fn read(file: web_sys::File) -> (String, Result<Vec<u8>, String>) {
    let name = file.name();
    let bytes = gloo_file::futures::read_as_bytes(&gloo_file::Blob::from(file))
        .await
        .map_err(|e| e.to_string());
    (name, bytes)
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

/// Reads picked files one after another, in the order picked, handing each to `take`: the
/// same files always give the same session (and raters appear in the order merged).
pub fn read_in_order(picked: Vec<web_sys::File>, take: impl Fn(String, Result<Vec<u8>, String>) + 'static) {
    wasm_bindgen_futures::spawn_local(async move {
        for file in picked {
            let (name, bytes) = read(file).await;
            take(name, bytes);
        }
    });
}

/// Asks the user to confirm `message` (false when the browser cannot ask).
pub fn confirm(message: &str) -> bool {
    web_sys::window().and_then(|w| w.confirm_with_message(message).ok()).unwrap_or(false)
}
