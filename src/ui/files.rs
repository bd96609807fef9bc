//! Reading the files a user picks, and handing exports back as downloads. The bytes are
//! parsed by `core::files`; this module only moves them in and out of the browser.

use wasm_bindgen::JsCast;

/// The name and bytes of a picked file.
pub async fn read(file: web_sys::File) -> (String, Result<Vec<u8>, String>) {
    let name = file.name();
    let bytes = gloo_file::futures::read_as_bytes(&gloo_file::Blob::from(file))
        .await
        .map_err(|e| format!("the browser could not read the file: {e}"));
    (name, bytes)
}

/// Offers `bytes` as a download named `name`. Nothing leaves the machine: the browser saves it.
pub fn download(name: &str, mime: &str, bytes: &[u8]) -> Result<(), String> {
    let fail = |what: &str| format!("could not prepare the download ({what})");
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
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}
