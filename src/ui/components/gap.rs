//! "Is the language gap real?": each model's Chinese minus English score with its interval,
//! its ranks in both languages with their ranges, and whether the data support its change of
//! rank (`core::aggregate::language_gaps`, computed in the engine and asked by the reducer).

use yew::prelude::*;

use crate::core::aggregate::{Gap, LanguageGaps};
use crate::core::i18n::{msg, text, Locale};

#[derive(Properties, PartialEq)]
pub struct LanguageGapProps {
    pub locale: Locale,
    /// The engine's answer for the results shown; `None` while it resamples.
    pub gaps: Option<std::rc::Rc<LanguageGaps>>,
    /// Fewer than two models: nothing to rank.
    pub models: usize,
}

/// Which way a model's rank moved, and whether the data support it.
pub fn verdict(gap: &Gap) -> (&'static str, &'static str) {
    match (gap.supported, gap.shift.signum()) {
        (true, 1) => ("zh", "gap-verdict-zh"),
        (true, _) => ("en", "gap-verdict-en"),
        (false, 0) => ("none", "gap-verdict-none"),
        (false, _) => ("noise", "gap-verdict-noise"),
    }
}

#[component]
pub fn LanguageGap(props: &LanguageGapProps) -> Html {
    let l = props.locale;
    let body = match &props.gaps {
        _ if props.models < 2 => html! { <p class="card__intro">{ text(l, "gap-needs-models") }</p> },
        None => html! { <p class="card__intro" aria-busy="true" data-testid="gap-computing">{ text(l, "gap-computing") }</p> },
        Some(gaps) if gaps.models.len() < 2 => html! { <p class="card__intro">{ text(l, "gap-needs-models") }</p> },
        Some(gaps) => {
            let supported = gaps.supported().count();
            let level = format!("{:.1}", 100.0 * gaps.level);
            let range = |(low, high): (usize, usize)| if low == high { low.to_string() } else { format!("{low}–{high}") };
            html! {
                <>
                    <p class="card__intro">{ msg!("gap-intro", rounds = gaps.rounds, level = level, models = gaps.models.len()).text(l) }</p>
                    <p class="gap__summary" data-testid="gap-summary" data-supported={supported.to_string()}>{ msg!("gap-summary", supported = supported).text(l) }</p>
                    <div class="table-wrap">
                        <table class="scores" data-testid="gap-table">
                            <thead>
                                <tr>
                                    <th scope="col">{ text(l, "gap-column-model") }</th>
                                    <th scope="col" class="num">{ text(l, "gap-column-difference") }</th>
                                    <th scope="col" class="num">{ text(l, "gap-column-ranks") }</th>
                                    <th scope="col" class="num">{ text(l, "gap-column-better") }</th>
                                    <th scope="col">{ text(l, "gap-column-verdict") }</th>
                                </tr>
                            </thead>
                            <tbody>
                                { for gaps.models.iter().map(|gap| {
                                    let (way, words) = verdict(gap);
                                    let interval = gap.difference_interval.map(|i| format!(" [{:+.1}, {:+.1}]", i.low, i.high)).unwrap_or_default();
                                    html! {
                                        <tr data-testid="gap-row" data-model={gap.model.clone()} data-verdict={way}>
                                            <th scope="row">{ &gap.model }</th>
                                            <td class="num">{ format!("{:+.1}", gap.difference) }<span class="muted">{ interval }</span></td>
                                            <td class="num">{ format!("{} → {}", range(gap.rank_zh_range), range(gap.rank_en_range)) }
                                                <span class="muted">{ format!(" (#{} → #{})", gap.rank_zh, gap.rank_en) }</span></td>
                                            <td class="num">{ format!("{:.0} %", 100.0 * gap.better_in_zh) }</td>
                                            <td class={classes!("gap__verdict", format!("gap__verdict--{way}"))}>{ text(l, words) }</td>
                                        </tr>
                                    }
                                }) }
                            </tbody>
                        </table>
                    </div>
                </>
            }
        }
    };
    html! {
        <section class="card" aria-labelledby="gap-title" data-testid="language-gap">
            <h3 id="gap-title" class="card__subtitle">{ text(l, "gap-title") }</h3>
            { body }
        </section>
    }
}
