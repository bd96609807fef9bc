//! The organiser's view of people's work: merge rater files, see each rater's progress, how
//! much raters agree (Krippendorff's alpha, Fleiss' and Cohen's kappa), where they disagree
//! most, the pairwise leaderboards with 95 % intervals, whether the votes are biased, and model
//! judges set beside the people.

use std::rc::Rc;

use yew::prelude::*;

use crate::core::format::statistic as stat;
use crate::core::i18n::{msg, text, Locale};
use crate::core::model::session::Session;
use crate::core::results::Results;
use crate::core::text::Lang;

#[derive(Properties, PartialEq)]
pub struct RatersProps {
    pub locale: Locale,
    pub results: Option<Rc<Results>>,
    /// For the criteria's names.
    pub suite: Rc<Session>,
    pub on_merge: Callback<Vec<web_sys::File>>,
    /// Rater links pasted, to merge in order.
    pub on_merge_links: Callback<String>,
    pub on_select: Callback<String>,
    /// Merge the built-in sample raters' work (offered while nobody has rated).
    pub on_sample_ratings: Callback<()>,
    /// A model judge's files picked, opened like any file.
    pub on_judge_files: Callback<Vec<web_sys::File>>,
    /// The judge on this computer: its settings, its latest run, the requests a run would make.
    pub local_judge: crate::app::local_judge::Settings,
    pub judge_run: Option<Rc<crate::app::local_judge::Run>>,
    pub planned: usize,
    pub on_judge_action: Callback<crate::ui::state::Action>,
}


/// Landis & Koch's (1977) words for a kappa or alpha.
fn strength(l: Locale, value: Option<f64>) -> String {
    let key = match value {
        None => return String::new(),
        Some(v) if v < 0.0 => "raters-strength-poor",
        Some(v) if v <= 0.2 => "raters-strength-slight",
        Some(v) if v <= 0.4 => "raters-strength-fair",
        Some(v) if v <= 0.6 => "raters-strength-moderate",
        Some(v) if v <= 0.8 => "raters-strength-substantial",
        Some(_) => "raters-strength-almost-perfect",
    };
    text(l, key)
}

#[component]
pub fn Raters(props: &RatersProps) -> Html {
    let l = props.locale;
    let on_files = props.on_merge.reform(|event: Event| super::take_picked(&event));
    let links = use_node_ref();
    let on_links = {
        let (links, on_merge_links) = (links.clone(), props.on_merge_links.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some(area) = links.cast::<web_sys::HtmlTextAreaElement>() {
                on_merge_links.emit(area.value());
                area.set_value("");
            }
        })
    };
    let merge = html! {
        <>
        <section class="card" aria-labelledby="merge-title">
            <h2 id="merge-title" class="card__title">{ text(l, "raters-merge-title") }</h2>
            <p class="card__intro">{ text(l, "raters-merge-intro") }</p>
            <label class="button button--primary">{ text(l, "raters-merge-button") }
                <input type="file" class="visually-hidden" multiple=true accept=".json" data-testid="merge-files" onchange={on_files} /></label>
        </section>
        <section class="card" aria-labelledby="links-title">
            <h2 id="links-title" class="card__title">{ text(l, "raters-links-title") }</h2>
            <p class="card__intro">{ text(l, "raters-links-intro") }</p>
            <textarea class="share__link" rows="3" ref={links} data-testid="merge-links-text" aria-label={text(l, "raters-links-label")} />
            <button type="button" class="button button--primary" data-testid="merge-links" onclick={on_links}>{ text(l, "raters-links-button") }</button>
        </section>
        </>
    };
    let Some(results) = props.results.as_ref() else {
        return html! { <>{ merge }<p class="empty">{ text(l, "raters-waiting") }</p></> };
    };
    let human = &results.human;
    // A criterion by its name in the suite, in the interface's language (its id if unnamed).
    let criterion = |id: &str| -> String {
        props.suite.suite.criterion_name(id).map(|name| name.in_locale(l).to_owned()).filter(|n| !n.is_empty()).unwrap_or_else(|| id.to_owned())
    };
    let progress = html! {
        <section class="card" aria-labelledby="progress-title">
            <h2 id="progress-title" class="card__title">{ text(l, "raters-progress-title") }</h2>
            if human.progress.is_empty() {
                <p class="empty" data-testid="no-raters">{ text(l, "raters-no-ratings") }</p>
                <button type="button" class="button" data-testid="sample-ratings" onclick={props.on_sample_ratings.reform(|_: MouseEvent| ())}>
                    { text(l, "raters-sample") }</button>
            } else {
                <div class="table-wrap"><table class="scores" data-testid="progress">
                    <thead><tr>
                        <th scope="col">{ text(l, "raters-col-rater") }</th>
                        <th scope="col" class="num">{ text(l, "raters-col-ratings") }</th>
                        <th scope="col" class="num">{ text(l, "raters-col-pairs") }</th>
                    </tr></thead>
                    <tbody>{ for human.progress.iter().map(|p| html! {
                        <tr data-testid="progress-row" data-rater={p.rater.clone()}>
                            <th scope="row">{ &p.rater }</th>
                            <td class="num">{ format!("{} / {}", p.rated, p.to_rate) }</td>
                            <td class="num">{ format!("{} / {}", p.voted, p.to_vote) }</td>
                        </tr>
                    }) }</tbody>
                </table></div>
            }
        </section>
    };
    let agreement = html! {
        <section class="card" aria-labelledby="agreement-title">
            <h2 id="agreement-title" class="card__title">{ text(l, "raters-agreement-title") }</h2>
            <p class="card__intro">{ text(l, "raters-agreement-intro") }</p>
            if human.agreement.is_empty() {
                <p class="empty">{ text(l, "raters-agreement-empty") }</p>
            } else {
                <div class="table-wrap"><table class="scores" data-testid="agreement">
                    <thead><tr>
                        <th scope="col">{ text(l, "raters-col-criterion") }</th>
                        <th scope="col" class="num">{ text(l, "raters-col-raters") }</th>
                        <th scope="col" class="num">{ text(l, "raters-col-answers") }</th>
                        <th scope="col" class="num">{ text(l, "raters-col-alpha-nominal") }</th>
                        <th scope="col" class="num">{ text(l, "raters-col-alpha-ordinal") }</th>
                        <th scope="col" class="num">{ text(l, "raters-col-alpha-interval") }</th>
                        <th scope="col" class="num">{ text(l, "raters-col-fleiss") }</th>
                        <th scope="col" class="num">{ "Gwet AC1" }</th> // i18n-exempt: a method's name
                        <th scope="col" class="num">{ "Gwet AC2" }</th> // i18n-exempt: a method's name
                    </tr></thead>
                    <tbody>{ for human.agreement.iter().map(|a| html! {
                        <tr data-testid="agreement-row" data-criterion={a.criterion.clone()}>
                            <th scope="row">{ format!("{} ({}–{})", criterion(&a.criterion), a.min, a.max) }</th>
                            <td class="num">{ a.raters.len() }</td>
                            <td class="num">{ format!("{} ({})", a.units, a.pairable) }</td>
                            <td class="num">{ stat(a.alpha_nominal) }</td>
                            <td class="num" data-testid="alpha-ordinal">{ stat(a.alpha_ordinal) }<span class="strength">{ strength(l, a.alpha_ordinal) }</span></td>
                            <td class="num" data-testid="alpha-interval">{ stat(a.alpha_interval) }</td>
                            <td class="num">{ format!("{} ({})", stat(a.fleiss), a.fleiss_units) }</td>
                            <td class="num" data-testid="gwet-ac1">{ stat(a.ac1) }</td>
                            <td class="num" data-testid="gwet-ac2">{ stat(a.ac2) }</td>
                        </tr>
                    }) }</tbody>
                </table></div>
                if human.agreement.iter().any(|a| !a.subtasks.is_empty()) {
                    <h3 class="card__subtitle">{ text(l, "raters-subtasks-title") }</h3>
                    <div class="table-wrap"><table class="scores" data-testid="agreement-subtasks">
                        <thead><tr>
                            <th scope="col">{ text(l, "raters-col-criterion") }</th>
                            <th scope="col">{ text(l, "raters-col-subtask") }</th>
                            <th scope="col" class="num">{ text(l, "raters-col-answers") }</th>
                            <th scope="col" class="num">{ text(l, "raters-col-alpha-ordinal") }</th>
                            <th scope="col" class="num">{ "Gwet AC2" }</th> // i18n-exempt: a method's name
                        </tr></thead>
                        <tbody>{ for human.agreement.iter().flat_map(|a| a.subtasks.iter().map(move |t| {
                            let dimension = props.suite.suite.dimensions.iter().find(|d| d.id == t.dimension);
                            let name = dimension
                                .and_then(|d| d.subtasks.iter().find(|s| s.id == t.subtask))
                                .map(|s| s.name.in_locale(l).to_owned())
                                .filter(|n| !n.is_empty())
                                .unwrap_or_else(|| t.subtask.clone());
                            html! {
                                <tr data-testid="agreement-subtask-row" data-subtask={t.subtask.clone()}>
                                    <th scope="row">{ criterion(&a.criterion) }</th>
                                    <td>{ name }</td>
                                    <td class="num">{ t.pairable }</td>
                                    <td class="num">{ stat(t.alpha_ordinal) }</td>
                                    <td class="num">{ stat(t.ac2) }</td>
                                </tr>
                            }
                        })) }</tbody>
                    </table></div>
                }
                <h3 class="card__subtitle">{ text(l, "raters-cohen-title") }</h3>
                <div class="table-wrap"><table class="scores" data-testid="cohen">
                    <thead><tr>
                        <th scope="col">{ text(l, "raters-col-criterion") }</th>
                        <th scope="col">{ text(l, "raters-col-raters") }</th>
                        <th scope="col" class="num">{ text(l, "raters-col-shared") }</th>
                        <th scope="col" class="num">{ text(l, "raters-col-kappa") }</th>
                        <th scope="col" class="num">{ text(l, "raters-col-kappa-quadratic") }</th>
                    </tr></thead>
                    <tbody>{ for human.agreement.iter().flat_map(|a| a.pairs.iter().map(move |p| html! {
                        <tr data-testid="cohen-row">
                            <th scope="row">{ criterion(&a.criterion) }</th>
                            <td>{ format!("{} · {}", p.first, p.second) }</td>
                            <td class="num">{ p.units }</td>
                            <td class="num">{ stat(p.kappa) }</td>
                            <td class="num">{ stat(p.quadratic) }<span class="strength">{ strength(l, p.quadratic) }</span></td>
                        </tr>
                    })) }</tbody>
                </table></div>
            }
            if !human.disagreements.is_empty() {
                <h3 class="card__subtitle">{ text(l, "raters-disagreements-title") }</h3>
                <ol class="disagreements" data-testid="disagreements">{ for human.disagreements.iter().take(20).map(|d| {
                    let on_select = props.on_select.clone();
                    let item = d.item.clone();
                    html! {
                        <li>
                            <button type="button" class="link" onclick={move |_| on_select.emit(item.clone())}>{ &d.item }</button>
                            { format!(" · {} · {}: ", d.model, criterion(&d.criterion)) }
                            { d.values.iter().map(|(r, v)| format!("{r} {v}")).collect::<Vec<_>>().join(", ") }
                        </li>
                    }
                }) }</ol>
            }
        </section>
    };
    let settings = human.pairwise_settings;
    // The seed is an identifier and K a decimal: both go in as text, printed as they are.
    let intro = msg!("raters-pairwise-intro", rounds = settings.rounds, seed = settings.seed.to_string(), k = settings.k.to_string());
    let boards = html! {
        <section class="card" aria-labelledby="pairwise-title">
            <h2 id="pairwise-title" class="card__title">{ text(l, "raters-pairwise-title") }</h2>
            <p class="card__intro">{ intro.text(l) }</p>
            if human.pairwise.is_empty() {
                <p class="empty" data-testid="no-votes">{ text(l, "raters-no-votes") }</p>
            }
            { for human.pairwise.iter().map(|board| {
                let name = match board.lang {
                    None => msg!("raters-board-all"),
                    Some(Lang::Zh) => msg!("raters-board-zh"),
                    Some(Lang::En) => msg!("raters-board-en"),
                };
                let key = board.lang.map_or("all", Lang::as_str);
                let grouped = board.standings.iter().any(|s| s.group.is_some());
                html! {
                    <div class="board">
                        <h3 class="card__subtitle">{ msg!("raters-board-title", board = name, votes = board.votes).text(l) }</h3>
                        { for board.warnings().into_iter().map(|warning| html! {
                            <p class="notice notice--warn" role="note" data-testid="pairwise-warning">{ warning.text(l) }</p>
                        }) }
                        <div class="table-wrap"><table class="scores" data-testid={format!("pairwise-{key}")}>
                            <thead><tr>
                                if grouped {
                                    <th scope="col" class="num">{ text(l, "raters-col-group") }</th>
                                }
                                <th scope="col" class="num">{ text(l, "raters-col-rank") }</th>
                                <th scope="col">{ text(l, "raters-col-model") }</th>
                                <th scope="col" class="num">{ "Bradley-Terry" }</th> // i18n-exempt: a method's name
                                <th scope="col" class="num">{ text(l, "raters-col-interval") }</th>
                                <th scope="col" class="num">{ "Elo" }</th> // i18n-exempt: a method's name
                                <th scope="col" class="num">{ text(l, "raters-col-interval") }</th>
                                <th scope="col" class="num">{ text(l, "raters-col-wins-losses-ties") }</th>
                            </tr></thead>
                            <tbody>{ for board.standings.iter().map(|s| html! {
                                <tr data-testid="pairwise-row" data-model={s.model.clone()} data-estimate={format!("{:?}", s.estimate)}>
                                    if grouped {
                                        <td class="num" data-testid="pairwise-group">{ s.group.map(|g| g.to_string()).unwrap_or_default() }</td>
                                    }
                                    <td class="num rank">{ s.rank.map(|r| format!("#{r}")).unwrap_or_default() }</td>
                                    <th scope="row">{ &s.model }</th>
                                    <td class="num num--strong" data-testid="bt">{ crate::core::human::raters::rating_shown(s) }</td>
                                    <td class="num" data-testid="bt-interval">{ s.bradley_terry_interval.map(|i| format!("{:.0} – {:.0}", i.low, i.high)).unwrap_or_default() }</td>
                                    <td class="num">{ format!("{:.0}", s.elo) }</td>
                                    <td class="num">{ s.elo_interval.map(|i| format!("{:.0} – {:.0}", i.low, i.high)).unwrap_or_default() }</td>
                                    <td class="num">{ format!("{} / {} / {}", s.wins, s.losses, s.ties) }</td>
                                </tr>
                            }) }</tbody>
                        </table></div>
                    </div>
                }
            }) }
        </section>
    };
    let rate = |rate: Option<crate::core::human::bias::Rate>, testid: &'static str| match rate {
        None => html! { <td class="num" data-testid={testid}>{ "–" }</td> },
        Some(r) => html! {
            <td class={classes!("num", r.flagged.then_some("bias--flagged"))} data-testid={testid} data-flagged={r.flagged.to_string()}>
                { format!("{:.0} %", 100.0 * r.share) }
                <span class="muted">{ format!(" [{:.0}, {:.0}] ({}/{})", 100.0 * r.interval.low, 100.0 * r.interval.high, r.wins, r.votes) }</span>
            </td>
        },
    };
    let side_flagged = human.bias.iter().any(|b| b.first_shown.is_some_and(|r| r.flagged));
    let length_flagged = human.bias.iter().any(|b| b.longer.is_some_and(|r| r.flagged));
    let bias = html! {
        <section class="card" aria-labelledby="bias-title" data-testid="vote-bias">
            <h2 id="bias-title" class="card__title">{ text(l, "bias-title") }</h2>
            <p class="card__intro">{ text(l, "bias-intro") }</p>
            if human.bias.is_empty() {
                <p class="empty">{ text(l, "raters-no-votes") }</p>
            } else {
                if side_flagged {
                    <p class="notice notice--warn" role="note" data-testid="bias-warning-side">{ text(l, "bias-warning-side") }</p>
                }
                if length_flagged {
                    <p class="notice notice--warn" role="note" data-testid="bias-warning-length">{ text(l, "bias-warning-length") }</p>
                }
                <div class="table-wrap"><table class="scores">
                    <thead><tr>
                        <th scope="col">{ text(l, "bias-col-who") }</th>
                        <th scope="col" class="num">{ text(l, "bias-col-votes") }</th>
                        <th scope="col" class="num">{ text(l, "bias-col-first") }</th>
                        <th scope="col" class="num">{ text(l, "bias-col-longer") }</th>
                    </tr></thead>
                    <tbody>{ for human.bias.iter().map(|b| html! {
                        <tr data-testid="bias-row" data-rater={b.rater.clone().unwrap_or_default()}>
                            <th scope="row">{ b.rater.clone().unwrap_or_else(|| text(l, "bias-everyone")) }
                                if b.judge { { " " }<span class="tag tag--judge" data-testid="bias-judge">{ text(l, "judge-badge") }</span> }</th>
                            <td class="num">{ b.decisive }</td>
                            { rate(b.first_shown, "bias-first") }
                            { rate(b.longer, "bias-longer") }
                        </tr>
                    }) }</tbody>
                </table></div>
            }
        </section>
    };
    let judges = html! {
        <>
        <super::judge::Judges locale={l} judges={human.judges.clone()} suite={props.suite.clone()} on_files={props.on_judge_files.clone()} />
        <super::judge::LocalJudge locale={l} settings={props.local_judge.clone()} run={props.judge_run.clone()} planned={props.planned}
            criteria={crate::app::local_judge::criteria(&props.suite)} on_action={props.on_judge_action.clone()} />
        </>
    };
    html! { <div class="raters" data-testid="raters">{ merge }{ progress }{ agreement }{ boards }{ bias }{ judges }</div> }
}
