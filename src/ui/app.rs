//! The root component: owns the state, wires the browser (files, keys, storage, timers) to
//! actions, and lays out the screens. Decisions live in `crate::app`; this file adapts.

use gloo_storage::{LocalStorage, SessionStorage, Storage};
use yew::prelude::*;

use super::components::{Charts, Footer, Guide, Header, Items, Leaderboard, Learn, Playground, Rate, Raters, Review, SaveBadge, ScoringBar, ShareDialog, StoragePanel, StorageRequest, Workbench};
use super::state::{now_ms, Action, AppState, Export, ItemFilter, SaveStatus, View};
use super::{dictionary, engine, files, hooks, offline, share, storage};
use crate::app::engine::Purpose;
use crate::app::export::{self, Context, Failed, Prepared};
use crate::core::i18n::{msg, Locale};
use crate::core::io::files::Loaded;
use crate::core::io::sample;
use crate::core::model::session::Session;
use crate::core::model::suite::Suite;

/// Small preferences stay in localStorage (they are read before the first paint).
const RATER_KEY: &str = "pingfen.rater";
/// The local judge's endpoint, model, criterion and template (never whether it is on).
const LOCAL_JUDGE_KEY: &str = "pingfen.local-judge";
const TEXT_KEY: &str = "pingfen.playground-text";
/// Text typed and not yet in the session (paste form, comments before their rating).
const DRAFTS_KEY: &str = "pingfen.drafts";
/// Where the person was, for this tab only: a reload returns there, a new visit starts on the
/// leaderboard.
const PLACE_KEY: &str = "pingfen.place";
/// The first-visit guide was closed.
const GUIDE_KEY: &str = "pingfen.guide-closed";
/// Longer playground texts are not remembered: localStorage holds ~5 MB per site.
const MAX_SAVED_TEXT: usize = 200_000;
/// How long the screens wait for the saved session before showing anyway (autosave then
/// stays off, so nothing unread is overwritten).
const RESTORE_PATIENCE_MS: u32 = 8_000;

/// Sends `make(value)` to the reducer: the one shape every event handler here has.
fn send<T: 'static>(dispatch: &UseReducerDispatcher<AppState>, make: impl Fn(T) -> Action + 'static) -> Callback<T> {
    let dispatch = dispatch.clone();
    Callback::from(move |value| dispatch.dispatch(make(value)))
}

#[component]
pub fn App() -> Html {
    let state = use_reducer(|| {
        // The sample ships scored: the first screen shows its leaderboard before any engine runs.
        let state = match sample::scored() {
            Ok(sample::Scored { session, results }) => AppState::new(hooks::remembered_locale(), LocalStorage::get(TEXT_KEY).ok(), session, now_ms).with_precomputed(results),
            Err(problems) => {
                // A broken sample is a build bug (tests/sample.rs pins it); show an empty suite.
                web_sys::console::error_1(&format!("sample: {problems:?}").into());
                let empty = Suite { schema: String::new(), id: String::new(), title: Default::default(), description: Default::default(), scales: Default::default(), chinese_script: Default::default(), dimensions: Vec::new(), items: Vec::new() };
                AppState::new(hooks::remembered_locale(), LocalStorage::get(TEXT_KEY).ok(), Session::new(empty, Vec::new()), now_ms)
            }
        };
        state
            .with_link(share::fragment())
            .with_rater(LocalStorage::get(RATER_KEY).ok())
            .with_local_judge(LocalStorage::get(LOCAL_JUDGE_KEY).ok())
            .returning_to(SessionStorage::get(PLACE_KEY).ok(), LocalStorage::get(DRAFTS_KEY).unwrap_or_default())
    });
    let dispatch = state.dispatcher();
    let bridge = {
        let dispatch = dispatch.clone();
        use_memo((), move |_| engine::Bridge::new(dispatch))
    };
    // Every job the last actions left for the engine goes to the worker, in a task of its own
    // after this render: writing a large session's answers into a job is then not added to
    // the task that read and drew them (timeouts run in order, so jobs keep theirs). The
    // outbox is emptied there, not here: when the page renders again before this render's
    // effect runs (a chart asking for its comparison as it appears), Yew runs only the newer
    // effect, and jobs taken out in this render would never be posted.
    {
        let bridge = bridge.clone();
        let outbox = state.engine.clone();
        bridge.context.locale.set(Some(state.locale));
        bridge.context.human_work.set(state.human_work());
        use_effect(move || {
            if outbox.has_jobs() {
                gloo_timers::callback::Timeout::new(0, move || bridge.post(outbox.drain())).forget();
            }
        });
    }

    // Start: read what this browser saved (autosave stays off until this is done), start the
    // engine and fetch the dictionary after the first paint, and keep the clock going for
    // "saved 2 min ago".
    {
        let dispatch = dispatch.clone();
        let bridge = bridge.clone();
        use_effect_with((), move |_| {
            let tabs = storage::watch_other_tabs(dispatch.clone());
            let links = share::watch(dispatch.clone());
            wasm_bindgen_futures::spawn_local(storage::restore(dispatch.clone()));
            bridge.start();
            wasm_bindgen_futures::spawn_local(dictionary::load(dispatch.clone()));
            {
                let dispatch = dispatch.clone();
                wasm_bindgen_futures::spawn_local(offline::register(move || dispatch.dispatch(Action::UpdateAvailable)));
            }
            let patience = {
                let dispatch = dispatch.clone();
                gloo_timers::callback::Timeout::new(RESTORE_PATIENCE_MS, move || dispatch.dispatch(Action::RestoreTimedOut))
            };
            let tick = gloo_timers::callback::Interval::new(15_000, move || dispatch.dispatch(Action::Tick { now_ms: now_ms() }));
            move || {
                drop(tick);
                drop(patience);
                drop(tabs);
                drop(links);
            }
        });
    }
    hooks::use_autosave(&state, &dispatch);
    // A link once read (opened, refused or declined) leaves the address bar: a reload must
    // not open it again.
    use_effect_with(state.opening.is_some(), |waiting| {
        if !waiting {
            share::clear_fragment();
        }
    });
    let on_share = send(&dispatch, |kind| Action::Share { kind, base: share::base() });
    use_effect_with(state.rater.clone(), |rater| match rater {
        Some(name) => {
            let _ = LocalStorage::set(RATER_KEY, name);
        }
        None => LocalStorage::delete(RATER_KEY),
    });
    use_effect_with(state.locale, |locale| {
        let _ = LocalStorage::set(hooks::LOCALE_KEY, locale.as_str());
        if let Some(html) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
            let _ = html.set_attribute("lang", locale.as_str());
        }
    });
    use_effect_with(state.local_judge.clone(), |settings| {
        if let Err(error) = LocalStorage::set(LOCAL_JUDGE_KEY, crate::app::local_judge::Settings { enabled: false, ..settings.clone() }) {
            web_sys::console::error_1(&format!("local judge settings: {error}").into()); // i18n-exempt: developer-facing
        }
    });
    use_effect_with(state.text.clone(), |text| {
        if text.len() <= MAX_SAVED_TEXT {
            let _ = LocalStorage::set(TEXT_KEY, text);
        }
    });
    hooks::use_rating_keys(state.view, &dispatch);
    let judge_frame = super::local_judge::use_local_judge(&state, &dispatch);
    // Drafts as they are typed; the place once the saved session has been read and returned
    // to (before that, the place on screen is not yet the person's).
    use_effect_with(state.drafts.clone(), |drafts| {
        if let Err(error) = LocalStorage::set(DRAFTS_KEY, drafts) {
            // The typed text is still on screen; only a reload could lose it.
            // i18n-exempt: developer console line
            web_sys::console::warn_1(&format!("drafts not kept: {error}").into());
        }
    });
    let place = (state.save != SaveStatus::Restoring && state.return_to.is_none()).then(|| state.place());
    use_effect_with(place, |place| {
        if let Some(place) = place {
            let _ = SessionStorage::set(PLACE_KEY, place);
        }
    });
    let guide_closed = use_state(|| LocalStorage::get::<bool>(GUIDE_KEY).unwrap_or(false));
    let on_close_guide = {
        let guide_closed = guide_closed.clone();
        Callback::from(move |()| {
            let _ = LocalStorage::set(GUIDE_KEY, true);
            guide_closed.set(true);
        })
    };

    let locale = state.locale;
    // A bug's panel, should one come, speaks the language on screen.
    crate::ui::crash::set_locale(locale);
    // People's ratings and votes cannot be recomputed: replacing the session they live in is
    // confirmed first (the engine's reply to a file that would is confirmed by the bridge).
    let human_work = state.human_work();
    // Picked files go to the engine, which reads them (spreadsheets, encodings) in the order
    // picked: the same files always give the same session, raters in the order merged.
    let read_files = |purpose: Purpose| {
        let dispatch = dispatch.clone();
        Callback::from(move |picked: Vec<web_sys::File>| {
            for file in picked {
                let name = file.name();
                dispatch.dispatch(Action::FileHeld { name, purpose, file: files::hold(file) });
            }
        })
    };
    let on_files = read_files(Purpose::Open);
    let on_merge = read_files(Purpose::Merge);
    // Files dropped anywhere on the page are opened like picked ones.
    let on_drop = {
        let on_files = on_files.clone();
        Callback::from(move |event: DragEvent| {
            event.prevent_default();
            if let Some(list) = event.data_transfer().and_then(|d| d.files()) {
                on_files.emit((0..list.length()).filter_map(|i| list.get(i)).collect());
            }
        })
    };
    let on_paste = send(&dispatch, |(model, lang, text)| Action::Paste { model, lang, text });
    let on_export = {
        let dispatch = dispatch.clone();
        let state = state.clone();
        Callback::from(move |kind: Export| {
            let created = String::from(js_sys::Date::new_0().to_iso_string());
            let withheld = state.withheld_scores();
            let context = Context { locale: state.locale, created: &created, rater: state.rater.as_deref(), board: state.board, withheld: withheld.as_deref().map(Vec::as_slice) };
            let outcome = export::prepare(kind, &state.session, state.results.as_deref(), &context).and_then(|prepared| match prepared {
                Prepared::File(file) => files::download(&file.name, file.mime, &file.bytes).map_err(|detail| Failed { what: kind.label(), detail }),
                // The engine writes the workbook; the bridge downloads it.
                Prepared::Workbook { name, tables } => {
                    dispatch.dispatch(Action::WriteWorkbook { name, tables });
                    Ok(())
                }
            });
            if let Err(failed) = outcome {
                dispatch.dispatch(Action::ExportFailed(failed));
            }
        })
    };
    let on_sample = {
        let dispatch = dispatch.clone();
        Callback::from(move |()| {
            if confirm_replace(locale, human_work)
                && let Ok(sample) = sample::scored()
            {
                dispatch.dispatch(Action::LoadSample(Box::new(sample)));
            }
        })
    };
    let on_storage = {
        let dispatch = dispatch.clone();
        Callback::from(move |request: StorageRequest| {
            let dispatch = dispatch.clone();
            wasm_bindgen_futures::spawn_local(storage::handle(request, locale, human_work, dispatch));
        })
    };

    let l = locale;
    // Until the saved session is read, the sample is not shown as if it were the user's work.
    let content = if state.save == SaveStatus::Restoring {
        html! { <p class="empty" data-testid="restoring" role="status">{ crate::core::i18n::text(l, "save-restoring") }</p> }
    } else { match state.view {
        View::Results => {
            let on_drill = send(&dispatch, |(model, lang, dimension)| Action::Drill(ItemFilter { model, lang, dimension }));
            let on_problem = send(&dispatch, |detail: String| Action::ExportFailed(Failed { what: msg!("export-chart"), detail }));
            let gaps = state.results.as_ref().and_then(|results| state.gaps.as_ref().and_then(|gaps| gaps.answer_for(results)));
            html! {
                <>
                    <Leaderboard locale={l} session={state.session.clone()} results={state.results.clone()} {on_drill}
                        on_rule={send(&dispatch, Action::SetRule)} on_script={send(&dispatch, Action::SetChineseScript)}
                        board={state.board} on_board={send(&dispatch, Action::ShowBoard)} />
                    if let Some(results) = state.results.clone() {
                        <Charts locale={l} session={state.session.clone()} {results} {on_problem}
                            comparison={state.comparison.clone()} on_compare={send(&dispatch, Action::Compare)}
                            {gaps} />
                    }
                </>
            }
        }
        View::Items => html! {
            <Items locale={l} session={state.session.clone()} results={state.results.clone()} withheld={state.answers_withheld()} rescoring={state.scoring.is_some_and(|s| s.rescoring)}
                selected={state.selected_item.clone()} on_select={send(&dispatch, Action::SelectItem)}
                filter={state.item_filter.clone()}
                on_clear_filter={send(&dispatch, |()| Action::ClearItemFilter)}
                on_action={send(&dispatch, |action| action)}
                highlights={state.highlights.clone()} />
        },
        View::Review => {
            let queue = state.review_queue();
            let at = state.review_at.min(queue.len().saturating_sub(1));
            let on_key = {
                let dispatch = dispatch.clone();
                Callback::from(move |key: String| dispatch.dispatch(Action::ReviewKey { key, at: crate::ui::now_rfc3339() }))
            };
            html! { <Review locale={l} session={state.session.clone()} task={queue.get(at).cloned()} remaining={queue.len()} {at} {on_key} /> }
        }
        View::Rate if state.answers_withheld() => html! {
            <p class="empty" data-testid="rate-withheld">{ crate::core::i18n::text(l, "rate-withheld") }</p>
        },
        View::Rate => html! {
            <Rate locale={l} desk={state.desk()} remembered={state.rater.clone()} items={state.session.suite.items.len()}
                on_action={send(&dispatch, |action| action)} on_export={on_export.clone()} on_share={on_share.clone()} />
        },
        View::Raters => {
            let on_sample_ratings = {
                let dispatch = dispatch.clone();
                Callback::from(move |()| {
                    let outcome = sample::scored().and_then(|sample| sample::rated(sample.session)).map(|session| Loaded::Session(Box::new(session)));
                    dispatch.dispatch(Action::Merge { name: "sample-ratings.json".into(), outcome });
                })
            };
            html! { <Raters locale={l} results={state.results.clone()} suite={state.session.clone()} {on_merge} on_merge_links={send(&dispatch, Action::MergeLinks)}
                on_select={send(&dispatch, Action::SelectItem)} {on_sample_ratings} on_judge_files={on_files.clone()}
                local_judge={state.local_judge.clone()} judge_run={state.judge_run.clone().map(|(_, run)| run)}
                planned={crate::app::local_judge::count(&state.session, &state.local_judge)}
                on_judge_action={send(&dispatch, |action| action)} /> }
        }
        View::Learn => html! {
            <Learn locale={l} inputs={state.learn.clone()} lessons={state.lessons.clone()} on_action={send(&dispatch, |action| action)} />
        },
        View::Tokenizer => html! {
            <Playground locale={l} text={state.text.clone()} hmm={state.hmm} dictionary={state.dictionary.clone()}
                segmented={state.segmented.clone()} on_text={send(&dispatch, Action::SetText)} on_hmm={send(&dispatch, Action::SetHmm)} />
        },
    } };
    // After a failure the engine starts afresh: the dictionary goes to it again.
    let on_retry = {
        let dispatch = dispatch.clone();
        let bridge = bridge.clone();
        Callback::from(move |()| {
            bridge.start();
            wasm_bindgen_futures::spawn_local(dictionary::load(dispatch.clone()));
        })
    };
    html! {
        <>
            <a class="skip-link" href="#content" data-testid="skip-link">{ crate::core::i18n::text(l, "skip-to-content") }</a>
            <Header locale={l} dictionary={state.dictionary.clone()} on_lang={send(&dispatch, Action::SetLocale)} {on_retry}
                save={html! { <SaveBadge locale={l} status={state.save.clone()} now_ms={state.now_ms} /> }} />
            if state.update_available {
                <div class="update" role="status" data-testid="update-available">
                    <span>{ crate::core::i18n::text(l, "update-available") }</span>
                    <button type="button" class="button button--primary" data-testid="update-reload"
                        onclick={Callback::from(|_: MouseEvent| wasm_bindgen_futures::spawn_local(offline::update()))}>
                        { crate::core::i18n::text(l, "update-reload") }</button>
                </div>
            }
            if state.answers_withheld() {
                <div class="withheld" role="status" data-testid="answers-withheld">{ crate::core::i18n::text(l, "withheld-banner") }</div>
            }
            <main class="page" ondragover={Callback::from(|event: DragEvent| event.prevent_default())} ondrop={on_drop}>
                if state.save != SaveStatus::Restoring {
                <Workbench
                    locale={l}
                    view={state.view}
                    origin={state.origin.clone()}
                    models={state.session.models().len()}
                    items={state.session.suite.items.len()}
                    items_zh={state.session.suite.items_in(crate::core::text::Lang::Zh)}
                    items_en={state.session.suite.items_in(crate::core::text::Lang::En)}
                    on_view={send(&dispatch, Action::SetView)}
                    {on_files}
                    {on_paste}
                    paste_open={state.paste_open}
                    on_toggle_paste={send(&dispatch, |()| Action::TogglePaste)}
                    draft={state.drafts.paste.clone()}
                    on_draft={send(&dispatch, Action::PasteDraft)}
                    on_export={on_export.clone()}
                    on_share={on_share.clone()}
                    {on_sample}
                    notices={state.notices.clone()}
                    on_dismiss={send(&dispatch, Action::DismissNotice)}
                    on_draft_suite={send(&dispatch, |()| Action::DraftSuite)}
                />
                }
                if state.save != SaveStatus::Restoring && !*guide_closed && state.view == View::Results {
                    <Guide locale={l} on_close={on_close_guide} on_view={send(&dispatch, Action::SetView)} />
                }
                <ScoringBar locale={l} scoring={state.scoring} stale={state.stale}
                    on_cancel={send(&dispatch, |()| Action::CancelScoring)} on_rescore={send(&dispatch, |()| Action::Rescore)} />
                <div id="content" role="tabpanel" aria-labelledby={format!("tab-{}", state.view.as_str())} tabindex="-1" class="content">
                    { content }
                </div>
                <StoragePanel locale={l} kept_aside={state.kept_aside.clone()} on_request={on_storage} />
                if let Some(sharing) = state.sharing.clone() {
                    <ShareDialog locale={l} {sharing} title={state.session.suite.title.in_locale(l).to_owned()} items={state.session.suite.items.len()}
                        on_action={send(&dispatch, |action| action)}
                        on_file={on_export.reform(|kind: crate::core::io::link::Kind| if kind == crate::core::io::link::Kind::Rater { Export::RaterFile } else { Export::Scorebook })} />
                }
                if state.opening.is_some() {
                    <p class="notice" role="status" data-testid="link-opening">{ crate::core::i18n::text(l, "link-opening") }</p>
                }
            </main>
            <Footer locale={l} />
            // The local judge's frame: there only while the person has it on.
            if state.local_judge.enabled {
                <iframe ref={judge_frame} src={super::local_judge::BRIDGE} class="visually-hidden" tabindex="-1" aria-hidden="true"
                    title={crate::core::i18n::text(l, "local-judge-title")} data-testid="judge-bridge" />
            }
        </>
    }
}

/// Asks before a session holding `count` ratings and votes is replaced (true when there are
/// none). Merging rater files never needs this.
fn confirm_replace(locale: Locale, count: usize) -> bool {
    count == 0 || files::confirm(&msg!("confirm-replace", count = count).text(locale))
}

