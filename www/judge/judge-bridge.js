// Pingfen's bridge to a judge on this computer: the app (its parent page, same site only)
// posts a run — an endpoint and the requests' bodies — and gets each reply back in order;
// "cancel" stops the run, aborting the request under way. Transport only: the prompts, the
// scores and the decisions are the app's. An endpoint that is not a loopback address is
// refused here too (the frame's policy would block it anyway).
"use strict";

const LOOPBACK = /^(127\.\d{1,3}\.\d{1,3}\.\d{1,3}|localhost)$/i;
let current = null;

function local(endpoint) {
  try {
    const url = new URL(endpoint);
    return (url.protocol === "http:" || url.protocol === "https:") && !url.username && LOOPBACK.test(url.hostname);
  } catch {
    return false;
  }
}

function tell(message) {
  window.parent.postMessage(message, window.location.origin);
}

async function run({ run: number, endpoint, requests }) {
  const controller = new AbortController();
  current = { number, controller };
  for (const { id, body } of requests) {
    if (controller.signal.aborted) return;
    if (!local(endpoint)) {
      tell({ type: "reply", run: number, id, ok: false, error: "not a loopback address" });
      continue;
    }
    try {
      const response = await fetch(endpoint, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body,
        signal: controller.signal,
        credentials: "omit",
        referrerPolicy: "no-referrer",
      });
      const text = await response.text();
      tell(response.ok ? { type: "reply", run: number, id, ok: true, body: text } : { type: "reply", run: number, id, ok: false, error: `HTTP ${response.status}: ${text.slice(0, 200)}` });
    } catch (error) {
      if (controller.signal.aborted) return;
      tell({ type: "reply", run: number, id, ok: false, error: String(error && error.message ? error.message : error) });
    }
  }
}

window.addEventListener("message", (event) => {
  if (event.origin !== window.location.origin || event.source !== window.parent) return;
  const message = event.data || {};
  if (message.type === "run") {
    if (current) current.controller.abort();
    run(message);
  } else if (message.type === "cancel" && current && current.number === message.run) {
    current.controller.abort();
    current = null;
  }
});

tell({ type: "ready" });
