//! Model judges beside the people: import a judge's scores and verdicts, and for each judge
//! its agreement with people per criterion, the leaderboard its scores give beside people's,
//! and how often its verdicts match people's votes (`core::human::judge`).

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::core::format::{score, statistic as stat};

use super::value_of;
use crate::core::human::judge::JudgeReport;
use crate::core::i18n::{msg, text, Locale};
use crate::core::model::suite::Suite;

#[derive(Properties, PartialEq)]
pub struct JudgesProps {
    pub locale: Locale,
    pub judges: Vec<JudgeReport>,
    /// For the criteria's names.
    pub suite: std::rc::Rc<crate::core::model::session::Session>,
    /// A judge's files picked, opened like any file (they are told by their shape).
    pub on_files: Callback<Vec<web_sys::File>>,
}

fn criterion_name(suite: &Suite, l: Locale, id: &str) -> String {
    suite.criterion_name(id).map(|name| name.in_locale(l).to_owned()).filter(|n| !n.is_empty()).unwrap_or_else(|| id.to_owned())
}

#[component]
pub fn Judges(props: &JudgesProps) -> Html {
    let l = props.locale;
    let on_change = props.on_files.reform(|event: Event| super::take_picked(&event));
    let suite = &props.suite.suite;
    html! {
        <section class="card" aria-labelledby="judges-title" data-testid="judges">
            <h2 id="judges-title" class="card__title">{ text(l, "judge-title") }</h2>
            <p class="card__intro">{ text(l, "judge-intro") }</p>
            <label class="button">{ text(l, "judge-import") }
                <input type="file" class="visually-hidden" multiple=true accept=".jsonl,.ndjson,.csv,.xlsx,.xls,.ods" data-testid="judge-files" onchange={on_change} /></label>
            if props.judges.is_empty() {
                <p class="empty" data-testid="no-judges">{ text(l, "judge-empty") }</p>
            }
            { for props.judges.iter().map(|judge| html! {
                <div class="judge" data-testid="judge" data-judge={judge.judge.clone()}>
                    <h3 class="card__subtitle">{ &judge.judge }{ " " }<span class="tag tag--judge">{ text(l, "judge-badge") }</span></h3>
                    <p class="muted">{ msg!("judge-summary", ratings = judge.ratings, verdicts = judge.verdicts).text(l) }</p>
                    if !judge.criteria.is_empty() && judge.criteria.iter().all(|c| c.units == 0) {
                        <p class="empty" data-testid="judge-no-people">{ text(l, "judge-no-people") }</p>
                    } else if !judge.criteria.is_empty() {
                        <div class="table-wrap"><table class="scores" data-testid="judge-agreement">
                            <thead><tr>
                                <th scope="col">{ text(l, "raters-col-criterion") }</th>
                                <th scope="col" class="num">{ text(l, "judge-col-answers") }</th>
                                <th scope="col" class="num">{ text(l, "raters-col-kappa") }</th>
                                <th scope="col" class="num">{ text(l, "raters-col-kappa-quadratic") }</th>
                                <th scope="col" class="num">{ text(l, "judge-col-alpha-people") }</th>
                                <th scope="col" class="num">{ text(l, "judge-col-alpha-with") }</th>
                                <th scope="col" class="num">{ text(l, "judge-col-difference") }</th>
                            </tr></thead>
                            <tbody>{ for judge.criteria.iter().map(|a| html! {
                                <tr data-testid="judge-agreement-row" data-criterion={a.criterion.clone()}>
                                    <th scope="row">{ format!("{} ({}–{})", criterion_name(suite, l, &a.criterion), a.min, a.max) }</th>
                                    <td class="num">{ a.units }</td>
                                    <td class="num" data-testid="judge-kappa">{ stat(a.kappa) }</td>
                                    <td class="num" data-testid="judge-quadratic">{ stat(a.quadratic) }</td>
                                    <td class="num" data-testid="judge-alpha-people">{ stat(a.alpha_people) }</td>
                                    <td class="num" data-testid="judge-alpha-with">{ stat(a.alpha_with_judge) }</td>
                                    <td class="num" data-testid="judge-difference">{ a.mean_difference.map_or_else(|| "–".to_owned(), |d| format!("{d:+.2}")) }</td>
                                </tr>
                            }) }</tbody>
                        </table></div>
                    }
                    if !judge.board.is_empty() {
                        <h4 class="card__subtitle">{ text(l, "judge-board-title") }</h4>
                        <div class="table-wrap"><table class="scores" data-testid="judge-board">
                            <thead><tr>
                                <th scope="col" class="num">{ text(l, "raters-col-rank") }</th>
                                <th scope="col">{ text(l, "raters-col-model") }</th>
                                <th scope="col" class="num">{ text(l, "judge-col-judge") }</th>
                                <th scope="col" class="num">{ text(l, "judge-col-answers") }</th>
                                <th scope="col" class="num">{ text(l, "judge-col-people") }</th>
                                <th scope="col" class="num">{ text(l, "judge-col-judge-shared") }</th>
                            </tr></thead>
                            <tbody>{ for judge.board.iter().map(|s| html! {
                                <tr data-testid="judge-board-row" data-model={s.model.clone()} data-judge-rank={s.judge_rank.to_string()}
                                    data-people-rank={s.people_rank.map(|r| r.to_string()).unwrap_or_default()}>
                                    <td class="num rank">{ format!("#{}", s.judge_rank) }</td>
                                    <th scope="row">{ &s.model }</th>
                                    <td class="num num--strong">{ score(Some(s.judge)) }<span class="muted">{ format!(" ({})", s.answers) }</span></td>
                                    <td class="num">{ s.shared }</td>
                                    <td class="num">{ score(s.people) }<span class="muted">{ s.people_rank.map(|r| format!(" #{r}")).unwrap_or_default() }</span></td>
                                    <td class="num">{ score(s.judge_shared) }</td>
                                </tr>
                            }) }</tbody>
                        </table></div>
                        if let Some(rho) = judge.rank_correlation {
                            <p class="muted" data-testid="judge-rho">{ msg!("judge-rank-correlation", rho = stat(Some(rho))).text(l) }</p>
                        }
                    }
                    if let Some(v) = judge.verdicts_agreement {
                        <p data-testid="judge-verdicts" data-agreed={v.agreed.to_string()} data-compared={v.compared.to_string()}>
                            { msg!("judge-verdicts", agreed = v.agreed, compared = v.compared, share = format!("{:.0}", 100.0 * v.share), kappa = stat(v.kappa)).text(l) }
                        </p>
                    }
                    { for judge.pairwise.iter().take(1).map(|board| html! {
                        <>
                        <h4 class="card__subtitle">{ msg!("judge-pairwise-title", votes = board.votes).text(l) }</h4>
                        <ol class="judge__order" data-testid="judge-pairwise">{ for board.standings.iter().map(|s| html! {
                            <li>{ msg!("judge-pairwise-row", model = s.model.clone(), rating = crate::core::human::raters::rating_shown(s), wins = s.wins, losses = s.losses, ties = s.ties).text(l) }</li>
                        }) }</ol>
                        </>
                    }) }
                </div>
            }) }
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct LocalJudgeProps {
    pub locale: Locale,
    pub settings: crate::app::local_judge::Settings,
    pub run: Option<std::rc::Rc<crate::app::local_judge::Run>>,
    /// The requests a run would make now.
    pub planned: usize,
    /// The criteria a run may rate: id and name.
    pub criteria: Vec<(String, crate::core::model::suite::Localized)>,
    pub on_action: Callback<crate::app::Action>,
}

/// A judge on this computer: off until turned on; its endpoint, model, criterion and prompt
/// template in view; each run asked for by name and count; progress and cancel.
#[component]
pub fn LocalJudge(props: &LocalJudgeProps) -> Html {
    use crate::app::local_judge::{self, Phase};
    use crate::app::Action;
    let l = props.locale;
    let settings = &props.settings;
    let set = |change: fn(&mut local_judge::Settings, String)| {
        let (settings, on_action) = (settings.clone(), props.on_action.clone());
        Callback::from(move |value: String| {
            let mut next = settings.clone();
            change(&mut next, value);
            on_action.emit(Action::LocalJudge(next));
        })
    };
    let on_enable = {
        let (settings, on_action) = (settings.clone(), props.on_action.clone());
        Callback::from(move |event: Event| {
            let on = event.target_dyn_into::<HtmlInputElement>().is_some_and(|i| i.checked());
            on_action.emit(Action::LocalJudge(crate::app::local_judge::Settings { enabled: on, ..settings.clone() }));
        })
    };
    let on_endpoint = set(|s, v| s.endpoint = v).reform(move |e: InputEvent| value_of(&e.into()));
    let on_model = set(|s, v| s.model = v).reform(move |e: InputEvent| value_of(&e.into()));
    let on_template = set(|s, v| s.template = v).reform(move |e: InputEvent| value_of(&e.into()));
    let on_criterion = set(|s, v| s.criterion = (!v.is_empty()).then_some(v)).reform(move |e: Event| value_of(&e));
    let on_reset = {
        let (settings, on_action) = (settings.clone(), props.on_action.clone());
        Callback::from(move |_: MouseEvent| {
            on_action.emit(Action::LocalJudge(crate::app::local_judge::Settings { template: local_judge::default_template(l), ..settings.clone() }));
        })
    };
    let problem = local_judge::endpoint_problem(&settings.endpoint);
    let running = props.run.as_ref().is_some_and(|r| r.phase == Phase::Running);
    let on_run = {
        let (on_action, planned) = (props.on_action.clone(), props.planned);
        let (endpoint, judge) = (settings.endpoint.trim().to_owned(), settings.judge_name(l));
        Callback::from(move |_: MouseEvent| {
            let question = msg!("local-judge-confirm", count = planned, endpoint = endpoint.clone(), judge = judge.clone()).text(l);
            if crate::ui::files::confirm(&question) {
                on_action.emit(Action::StartJudgeRun);
            }
        })
    };
    let on_cancel = props.on_action.reform(|_: MouseEvent| Action::CancelJudgeRun);
    html! {
        <section class="card" aria-labelledby="local-judge-title" data-testid="local-judge">
            <h2 id="local-judge-title" class="card__title">{ text(l, "local-judge-title") }</h2>
            <p class="card__intro">{ text(l, "local-judge-intro") }</p>
            <label class="check"><input type="checkbox" checked={settings.enabled} onchange={on_enable} data-testid="local-judge-enable" />
                { text(l, "local-judge-enable") }</label>
            if settings.enabled {
                <div class="form local-judge">
                    <label class="field">{ text(l, "local-judge-endpoint") }
                        <input type="url" value={settings.endpoint.clone()} oninput={on_endpoint} data-testid="local-judge-endpoint" spellcheck="false" /></label>
                    if let Some(problem) = &problem {
                        <p class="notice notice--warn" role="alert" data-testid="local-judge-endpoint-problem">{ problem.text(l) }</p>
                    }
                    <label class="field">{ text(l, "local-judge-model") }
                        <input type="text" value={settings.model.clone()} oninput={on_model} data-testid="local-judge-model" spellcheck="false" /></label>
                    <label class="field">{ text(l, "local-judge-criterion") }
                        <select onchange={on_criterion} data-testid="local-judge-criterion">
                            <option value="" selected={settings.criterion.is_none()}>{ text(l, "local-judge-criterion-all") }</option>
                            { for props.criteria.iter().map(|(id, name)| {
                                let shown = name.in_locale(l);
                                html! { <option value={id.clone()} selected={settings.criterion.as_deref() == Some(id.as_str())}>{ if shown.is_empty() { id.clone() } else { shown.to_owned() } }</option> }
                            }) }
                        </select></label>
                    <label class="field">{ text(l, "local-judge-template-label") }
                        <textarea rows="10" value={settings.template.clone()} oninput={on_template} data-testid="local-judge-template" spellcheck="false" /></label>
                    <p class="muted">{ msg!("local-judge-placeholders", names = local_judge::PLACEHOLDERS.map(|p| format!("{{{p}}}")).join(" ")).text(l) }</p>
                    <div class="actions">
                        <button type="button" class="button" onclick={on_reset} data-testid="local-judge-reset-template">{ text(l, "local-judge-reset-template") }</button>
                        <button type="button" class="button button--primary" onclick={on_run} data-testid="local-judge-run"
                            disabled={running || problem.is_some() || props.planned == 0}>{ msg!("local-judge-run", count = props.planned).text(l) }</button>
                    </div>
                </div>
            }
            if let Some(run) = &props.run {
                <div class="local-judge__run" data-testid="local-judge-status" data-phase={format!("{:?}", run.phase)}
                    data-replies={run.replies.to_string()} data-scored={run.ratings.len().to_string()}>
                    <progress max={run.tasks.len().to_string()} value={run.replies.to_string()} data-testid="local-judge-progress" />
                    <p role="status">{ match run.phase {
                        Phase::Running => msg!("local-judge-progress", done = run.replies, total = run.tasks.len(), endpoint = run.endpoint.clone()),
                        Phase::Cancelled => msg!("local-judge-cancelled", done = run.replies, total = run.tasks.len(), scored = run.ratings.len()),
                        Phase::Finished => msg!("local-judge-finished", scored = run.ratings.len(), failed = run.failures.len(), judge = run.judge.clone()),
                    }.text(l) }</p>
                    if running {
                        <button type="button" class="button" onclick={on_cancel} data-testid="local-judge-cancel">{ text(l, "local-judge-cancel") }</button>
                    }
                    if !run.failures.is_empty() {
                        <ul class="local-judge__failures" data-testid="local-judge-failures">{ for run.failures.iter().take(10).map(|(model, item, why)| html! {
                            <li>{ format!("{model} · {item}: {}", why.text(l)) }</li>
                        }) }</ul>
                    }
                </div>
            }
        </section>
    }
}
