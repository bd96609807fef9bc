//! The organiser's view of people's work: merge rater files, see each rater's progress, how
//! much raters agree (Krippendorff's alpha, Fleiss' and Cohen's kappa), where they disagree
//! most, and the pairwise leaderboards with 95 % intervals.

use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::core::format::statistic as stat;
use crate::core::results::Results;
use crate::core::text::Lang;
use crate::ui::i18n::UiLang;

#[derive(Properties, PartialEq)]
pub struct RatersProps {
    pub ui_lang: UiLang,
    pub results: Option<Rc<Results>>,
    pub on_merge: Callback<Vec<web_sys::File>>,
    pub on_select: Callback<String>,
    /// Merge the built-in sample raters' work (offered while nobody has rated).
    pub on_sample_ratings: Callback<()>,
}


/// Landis & Koch's (1977) words for a kappa or alpha.
fn strength(l: UiLang, value: Option<f64>) -> &'static str {
    match value {
        None => "",
        Some(v) if v < 0.0 => l.tr("poor", "差"),
        Some(v) if v <= 0.2 => l.tr("slight", "轻微"),
        Some(v) if v <= 0.4 => l.tr("fair", "一般"),
        Some(v) if v <= 0.6 => l.tr("moderate", "中等"),
        Some(v) if v <= 0.8 => l.tr("substantial", "较强"),
        Some(_) => l.tr("almost perfect", "几乎完全一致"),
    }
}

#[component]
pub fn Raters(props: &RatersProps) -> Html {
    let l = props.ui_lang;
    let on_files = {
        let on_merge = props.on_merge.clone();
        Callback::from(move |event: Event| {
            let input: HtmlInputElement = event.target_unchecked_into();
            if let Some(list) = input.files() {
                on_merge.emit((0..list.length()).filter_map(|i| list.get(i)).collect());
            }
            input.set_value("");
        })
    };
    let merge = html! {
        <section class="card" aria-labelledby="merge-title">
            <h2 id="merge-title" class="card__title">{ l.tr("Raters and agreement", "评分员与一致性") }</h2>
            <p class="card__intro">{ l.tr(
                "Merge the rater files your participants downloaded (scorebooks of the same suite). Duplicates are skipped; a rating recorded differently in two files keeps the value already loaded and is listed.",
                "合并参与者下载的评分文件（同一套件的评分簿）。重复内容会被跳过；两个文件中不同的评分保留已加载的值，并列出冲突。") }</p>
            <label class="button button--primary">{ l.tr("Merge rater files…", "合并评分文件…") }
                <input type="file" class="visually-hidden" multiple=true accept=".json" data-testid="merge-files" onchange={on_files} /></label>
        </section>
    };
    let Some(results) = props.results.as_ref() else {
        return html! { <>{ merge }<p class="empty">{ l.tr("Scores appear when jieba is ready.", "jieba 就绪后显示分数。") }</p></> };
    };
    let human = &results.human;
    let progress = html! {
        <section class="card" aria-labelledby="progress-title">
            <h2 id="progress-title" class="card__title">{ l.tr("Progress", "进度") }</h2>
            if human.progress.is_empty() {
                <p class="empty" data-testid="no-raters">{ l.tr("No ratings yet. Raters rate on the Rate tab, then download their rater file.", "尚无评分。评分员在“人工评分”页评分，然后下载评分文件。") }</p>
                <button type="button" class="button" data-testid="sample-ratings" onclick={props.on_sample_ratings.reform(|_: MouseEvent| ())}>
                    { l.tr("See it with the sample's three fictional raters", "用示例中三位虚构评分员的数据看看") }</button>
            } else {
                <div class="table-wrap"><table class="scores" data-testid="progress">
                    <thead><tr>
                        <th scope="col">{ l.tr("Rater", "评分员") }</th>
                        <th scope="col" class="num">{ l.tr("Ratings", "评分") }</th>
                        <th scope="col" class="num">{ l.tr("Pairs", "比较") }</th>
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
            <h2 id="agreement-title" class="card__title">{ l.tr("Agreement", "一致性") }</h2>
            <p class="card__intro">{ l.tr(
                "Krippendorff's alpha uses every answer rated by at least two raters (nominal: any difference counts; ordinal: by rank; interval: by squared distance). Fleiss' kappa uses the answers every rater rated; Cohen's kappa compares two raters. 1 = perfect agreement, 0 = chance. Words after Landis & Koch (1977).",
                "Krippendorff α 使用至少两位评分员评过的全部回答（名义：任何差异都算不一致；顺序：按等级；区间：按差值平方）。Fleiss κ 使用所有评分员都评过的回答；Cohen κ 比较两位评分员。1 表示完全一致，0 表示与随机相当。强度描述依据 Landis 与 Koch（1977）。") }</p>
            if human.agreement.is_empty() {
                <p class="empty">{ l.tr("Agreement needs ratings from at least two raters.", "一致性需要至少两位评分员的评分。") }</p>
            } else {
                <div class="table-wrap"><table class="scores" data-testid="agreement">
                    <thead><tr>
                        <th scope="col">{ l.tr("Criterion", "评分项") }</th>
                        <th scope="col" class="num">{ l.tr("Raters", "评分员") }</th>
                        <th scope="col" class="num">{ l.tr("Answers (≥2 ratings)", "回答（≥2 人评）") }</th>
                        <th scope="col" class="num">{ "α nominal" }</th>
                        <th scope="col" class="num">{ "α ordinal" }</th>
                        <th scope="col" class="num">{ "α interval" }</th>
                        <th scope="col" class="num">{ l.tr("Fleiss κ (answers)", "Fleiss κ（回答数）") }</th>
                    </tr></thead>
                    <tbody>{ for human.agreement.iter().map(|a| html! {
                        <tr data-testid="agreement-row" data-criterion={a.criterion.clone()}>
                            <th scope="row">{ format!("{} ({}–{})", a.criterion, a.min, a.max) }</th>
                            <td class="num">{ a.raters.len() }</td>
                            <td class="num">{ format!("{} ({})", a.units, a.pairable) }</td>
                            <td class="num">{ stat(a.alpha_nominal) }</td>
                            <td class="num" data-testid="alpha-ordinal">{ stat(a.alpha_ordinal) }<span class="strength">{ strength(l, a.alpha_ordinal) }</span></td>
                            <td class="num" data-testid="alpha-interval">{ stat(a.alpha_interval) }</td>
                            <td class="num">{ format!("{} ({})", stat(a.fleiss), a.fleiss_units) }</td>
                        </tr>
                    }) }</tbody>
                </table></div>
                <h3 class="card__subtitle">{ l.tr("Pairs of raters (Cohen's kappa)", "评分员两两比较（Cohen κ）") }</h3>
                <div class="table-wrap"><table class="scores" data-testid="cohen">
                    <thead><tr>
                        <th scope="col">{ l.tr("Criterion", "评分项") }</th>
                        <th scope="col">{ l.tr("Raters", "评分员") }</th>
                        <th scope="col" class="num">{ l.tr("Shared answers", "共同评过") }</th>
                        <th scope="col" class="num">{ l.tr("κ", "κ") }</th>
                        <th scope="col" class="num">{ l.tr("κ quadratic", "κ（二次加权）") }</th>
                    </tr></thead>
                    <tbody>{ for human.agreement.iter().flat_map(|a| a.pairs.iter().map(move |p| html! {
                        <tr data-testid="cohen-row">
                            <th scope="row">{ &a.criterion }</th>
                            <td>{ format!("{} · {}", p.first, p.second) }</td>
                            <td class="num">{ p.units }</td>
                            <td class="num">{ stat(p.kappa) }</td>
                            <td class="num">{ stat(p.quadratic) }<span class="strength">{ strength(l, p.quadratic) }</span></td>
                        </tr>
                    })) }</tbody>
                </table></div>
            }
            if !human.disagreements.is_empty() {
                <h3 class="card__subtitle">{ l.tr("Widest disagreements", "分歧最大的回答") }</h3>
                <ol class="disagreements" data-testid="disagreements">{ for human.disagreements.iter().take(20).map(|d| {
                    let on_select = props.on_select.clone();
                    let item = d.item.clone();
                    html! {
                        <li>
                            <button type="button" class="link" onclick={move |_| on_select.emit(item.clone())}>{ &d.item }</button>
                            { format!(" · {} · {}: ", d.model, d.criterion) }
                            { d.values.iter().map(|(r, v)| format!("{r} {v}")).collect::<Vec<_>>().join(", ") }
                        </li>
                    }
                }) }</ol>
            }
        </section>
    };
    let settings = human.pairwise_settings;
    let boards = html! {
        <section class="card" aria-labelledby="pairwise-title">
            <h2 id="pairwise-title" class="card__title">{ l.tr("Pairwise leaderboard", "两两比较排行榜") }</h2>
            <p class="card__intro">{ format!("{} {} {}, seed {}, K = {}.", l.tr(
                "Bradley-Terry ratings (maximum likelihood, ties as half a win, Elo scale: 400 points = 10:1 odds, mean 1000) and online Elo, each with a 95 % bootstrap interval over resampled votes. Models whose intervals overlap share a rank.",
                "Bradley-Terry 评分（最大似然，平局各计半胜，Elo 尺度：相差 400 分即 10:1 胜率，均值 1000）与在线 Elo，均附投票重抽样的 95% 自助法区间。区间重叠的模型名次相同。"),
                settings.rounds, l.tr("rounds", "轮"), settings.seed, settings.k) }</p>
            if human.pairwise.is_empty() {
                <p class="empty" data-testid="no-votes">{ l.tr("No votes yet: raters compare pairs on the Rate tab.", "尚无投票：评分员在“人工评分”页进行两两比较。") }</p>
            }
            { for human.pairwise.iter().map(|board| {
                let title = match board.lang {
                    None => l.tr("All items", "全部题目"),
                    Some(Lang::Zh) => l.tr("Chinese items", "中文题"),
                    Some(Lang::En) => l.tr("English items", "英文题"),
                };
                let key = board.lang.map_or("all", |lang| if lang == Lang::Zh { "zh" } else { "en" });
                html! {
                    <div class="board">
                        <h3 class="card__subtitle">{ format!("{title} · {} {}", board.votes, l.tr("votes", "票")) }</h3>
                        <div class="table-wrap"><table class="scores" data-testid={format!("pairwise-{key}")}>
                            <thead><tr>
                                <th scope="col" class="num">{ l.tr("Rank", "排名") }</th>
                                <th scope="col">{ l.tr("Model", "模型") }</th>
                                <th scope="col" class="num">{ "Bradley-Terry" }</th>
                                <th scope="col" class="num">{ l.tr("95 % interval", "95% 区间") }</th>
                                <th scope="col" class="num">{ "Elo" }</th>
                                <th scope="col" class="num">{ l.tr("95 % interval", "95% 区间") }</th>
                                <th scope="col" class="num">{ l.tr("W / L / T", "胜 / 负 / 平") }</th>
                            </tr></thead>
                            <tbody>{ for board.standings.iter().map(|s| html! {
                                <tr data-testid="pairwise-row" data-model={s.model.clone()}>
                                    <td class="num rank">{ s.rank.map(|r| format!("#{r}")).unwrap_or_default() }</td>
                                    <th scope="row">{ &s.model }</th>
                                    <td class="num num--strong" data-testid="bt">{ format!("{:.0}", s.bradley_terry) }</td>
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
    html! { <div class="raters" data-testid="raters">{ merge }{ progress }{ agreement }{ boards }</div> }
}
