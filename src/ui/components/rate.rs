//! The rating desk: one answer at a time on the rubric's scales, or two answers side by side.
//! Blind by default (answers behind letters, in the rater's own shuffled order); names appear
//! once the rater has finished. Keyboard first: digits rate, J/K or arrows move, ? for help.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::core::model::human::Outcome;
use crate::core::text::Lang;
use crate::ui::i18n::UiLang;
use crate::ui::state::{Action, Desk, LikertCard, PairCard, RateMode};

#[derive(Properties, PartialEq)]
pub struct RateProps {
    pub ui_lang: UiLang,
    /// `None` until the rater has given their name.
    pub desk: Option<Desk>,
    /// The name remembered on this device, offered again.
    pub remembered: Option<String>,
    pub items: usize,
    pub on_action: Callback<Action>,
    pub on_export: Callback<&'static str>,
}

#[component]
pub fn Rate(props: &RateProps) -> Html {
    let l = props.ui_lang;
    let Some(desk) = props.desk.clone() else {
        return html! { <SignIn ui_lang={l} remembered={props.remembered.clone()} on_action={props.on_action.clone()} /> };
    };
    let act = |action: fn() -> Action| props.on_action.reform(move |_: MouseEvent| action());
    let mode_tab = |mode: RateMode, en: &'static str, zh: &'static str, id: &'static str| {
        let on_action = props.on_action.clone();
        html! {
            <button type="button" role="tab" class="tabs__tab" data-testid={id} aria-selected={(desk.settings.mode == mode).to_string()}
                onclick={move |_| on_action.emit(Action::SetRateMode(mode))}>{ l.tr(en, zh) }</button>
        }
    };
    let (done, total) = match desk.settings.mode {
        RateMode::Likert => (desk.rated, desk.to_rate),
        RateMode::Pairwise => (desk.voted, desk.to_vote),
    };
    let percent = if total == 0 { 0.0 } else { 100.0 * done as f64 / total as f64 };
    html! {
        <section class="card rate" aria-labelledby="rate-title" data-testid="rate">
            <div class="rate__head">
                <h2 id="rate-title" class="card__title">
                    { l.tr("Rate answers", "人工评分") }
                    <span class="rate__who" data-testid="rater-name">{ format!(" · {}", desk.rater.name) }</span>
                </h2>
                <button type="button" class="button button--quiet" data-testid="sign-out" onclick={act(|| Action::SignOut)}>
                    { l.tr("Not you? Change rater", "不是你？切换评分员") }</button>
            </div>
            <div class="rate__bar">
                <div class="tabs" role="tablist">
                    { mode_tab(RateMode::Likert, "Rubric scale", "量表评分", "mode-likert") }
                    { mode_tab(RateMode::Pairwise, "Compare pairs", "两两比较", "mode-pairwise") }
                </div>
                <label class="check"><input type="checkbox" data-testid="unrated-only" checked={desk.settings.unrated_only}
                    onchange={props.on_action.reform(|_: Event| Action::ToggleUnratedOnly)} />{ l.tr("Unrated only", "只看未评") }</label>
                <label class="check"><input type="checkbox" data-testid="blind" checked={desk.settings.blind}
                    onchange={props.on_action.reform(|_: Event| Action::ToggleBlind)} />{ l.tr("Blind (hide model names)", "盲评（隐藏模型名称）") }</label>
                <button type="button" class="button button--quiet" aria-expanded={desk.settings.help.to_string()} data-testid="help-toggle"
                    onclick={act(|| Action::ToggleHelp)}>{ l.tr("Keys (?)", "快捷键 (?)") }</button>
                <button type="button" class="button" data-testid="export-rater" onclick={props.on_export.reform(|_: MouseEvent| "rater")}>
                    { l.tr("Download my rater file", "下载我的评分文件") }</button>
            </div>
            <div class="progress" role="progressbar" aria-valuemin="0" aria-valuemax={total.to_string()} aria-valuenow={done.to_string()}
                aria-label={l.tr("Progress", "进度")} data-testid="rate-progress">
                <div class="progress__bar" style={format!("width: {percent:.1}%")}></div>
                <span class="progress__text">{ format!("{done} / {total} {}", match desk.settings.mode {
                    RateMode::Likert => l.tr("ratings", "项评分"),
                    RateMode::Pairwise => l.tr("pairs", "组比较"),
                }) }</span>
            </div>
            if desk.settings.help { { help(l) } }
            if desk.finished() {
                <p class="notice" role="status" data-testid="rate-finished">{ match desk.settings.mode {
                    RateMode::Likert => l.tr("All answers rated — thank you! Model names are now shown. Download your rater file and hand it to the organiser.",
                                             "全部回答已评分，谢谢！现已显示模型名称。请下载评分文件交给组织者。"),
                    RateMode::Pairwise => l.tr("All scheduled pairs compared — thank you! Model names are now shown.",
                                               "已完成全部安排的比较，谢谢！现已显示模型名称。"),
                } }</p>
            }
            { match (desk.settings.mode, &desk.likert, &desk.pair) {
                (RateMode::Likert, Some(card), _) => likert_card(l, &desk, card, &props.on_action),
                (RateMode::Pairwise, _, Some(card)) => pair_card(l, &desk, card, &props.on_action),
                _ => html! { <p class="empty" data-testid="rate-empty">{
                    if desk.settings.unrated_only && total > 0 { l.tr("Nothing left unrated.", "没有未评的内容了。") }
                    else if props.items == 0 { l.tr("Load a suite first.", "请先加载评测套件。") }
                    else { l.tr("No answers to rate: the suite's open and rubric-rated items need models' answers.", "没有可评分的回答：套件中的开放题与人工评分题需要模型的回答。") }
                }</p> },
            } }
            if desk.settings.mode == RateMode::Pairwise && desk.finished() {
                <button type="button" class="button" data-testid="more-pairs" onclick={act(|| Action::MorePairs)}>
                    { l.tr("Compare another round of pairs", "再比较一轮") }</button>
            }
        </section>
    }
}

fn lang_tag(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "zh",
        Lang::En => "en",
    }
}

fn help(l: UiLang) -> Html {
    let rows: [(&str, &str, &str); 6] = [
        ("1–7 (0–9)", "rate the highlighted criterion; type 1 then 0 for 10", "为当前评分项打分；10 分请依次按 1、0"),
        ("J → ↓", "next answer or pair", "下一个回答或下一组"),
        ("K ← ↑", "previous answer or pair", "上一个回答或上一组"),
        ("1 / A, 2 / B", "pairs: left (A) better, right (B) better", "两两比较：左边（A）更好、右边（B）更好"),
        ("3 / T, 4 / X", "pairs: tie, both bad", "两两比较：平局、都不好"),
        ("?  Esc", "show or hide this help", "显示或隐藏本帮助"),
    ];
    html! {
        <table class="keys" data-testid="help">
            <caption>{ l.tr("Keyboard", "键盘操作") }</caption>
            { for rows.iter().map(|(keys, en, zh)| html! { <tr><th scope="row"><kbd>{ *keys }</kbd></th><td>{ l.tr(en, zh) }</td></tr> }) }
        </table>
    }
}

fn likert_card(l: UiLang, desk: &Desk, card: &LikertCard, on_action: &Callback<Action>) -> Html {
    let reveal = !desk.settings.blind || desk.finished();
    let item = &card.item;
    let title = if reveal {
        format!("{} {} — {}", l.tr("Answer", "回答"), card.task.label, card.task.model)
    } else {
        format!("{} {} {} {}", l.tr("Answer", "回答"), card.task.label, l.tr("of", "/"), card.answers_here)
    };
    let on_comment = on_action.reform(|event: Event| Action::Comment(event.target_unchecked_into::<HtmlInputElement>().value()));
    let active = desk.settings.criterion.min(card.criteria.len().saturating_sub(1));
    html! {
        <article class="task" data-testid="likert-card" data-item={item.id.clone()} data-label={card.task.label.clone()}>
            <p class="task__where">{ format!("{} {} / {} · {} {}", l.tr("Answer", "回答"), desk.position + 1, desk.queue, l.tr("item", "题目"), item.id) }</p>
            <h3 class="task__prompt-label">{ l.tr("Prompt", "题目") }</h3>
            <p class="task__prompt" lang={lang_tag(item.lang)}>{ &item.prompt }</p>
            <h3 class="task__answer-label" data-testid="answer-label">{ title }</h3>
            <div class="task__answer" lang={lang_tag(item.lang)} data-testid="answer-text">{ &card.answer }</div>
            { for card.criteria.iter().enumerate().map(|(index, (criterion, scale, value))| {
                let name = criterion.name.get(l.content()).to_owned();
                html! {
                    <fieldset class={classes!("criterion", (index == active).then_some("criterion--active"))} data-testid="criterion">
                        <legend>{ name }{ format!(" ({}–{})", scale.min, scale.max) }</legend>
                        <div class="scale" role="radiogroup">
                            { for (scale.min..=scale.max).map(|point| {
                                let on_action = on_action.clone();
                                let anchor = scale.anchors.get(&point.to_string()).map(|a| a.get(l.content()).to_owned());
                                let chosen = *value == Some(point);
                                html! {
                                    <button type="button" role="radio" aria-checked={chosen.to_string()}
                                        class={classes!("scale__point", chosen.then_some("scale__point--chosen"))}
                                        title={anchor.clone().unwrap_or_default()} data-testid="scale-point" data-value={point.to_string()}
                                        onclick={move |_| on_action.emit(Action::Rate { criterion: index, value: point })}>
                                        <span class="scale__value">{ point }</span>
                                        if let Some(anchor) = anchor { <span class="scale__anchor">{ anchor }</span> }
                                    </button>
                                }
                            }) }
                        </div>
                    </fieldset>
                }
            }) }
            <label class="field__label task__comment">{ l.tr("Comment (optional)", "备注（可选）") }
                <input class="field__input" data-testid="comment" value={card.comment.clone()} onchange={on_comment}
                    disabled={card.criteria.iter().all(|(_, _, v)| v.is_none())}
                    placeholder={l.tr("Rate first, then add a note", "先评分，再写备注")} /></label>
            <div class="task__nav">
                <button type="button" class="button" data-testid="previous" onclick={on_action.reform(|_: MouseEvent| Action::Move(-1))}>{ l.tr("← Previous (K)", "← 上一个 (K)") }</button>
                <button type="button" class="button" data-testid="next" onclick={on_action.reform(|_: MouseEvent| Action::Move(1))}>{ l.tr("Next (J) →", "下一个 (J) →") }</button>
            </div>
        </article>
    }
}

fn pair_card(l: UiLang, desk: &Desk, card: &PairCard, on_action: &Callback<Action>) -> Html {
    let reveal = !desk.settings.blind || desk.finished();
    let item = &card.item;
    let side = |letter: &str, model: &str, text: &str, testid: &'static str| {
        html! {
            <div class="pair__side" data-testid={testid}>
                <h3 class="task__answer-label">{ if reveal { format!("{letter} — {model}") } else { format!("{} {letter}", l.tr("Answer", "回答")) } }</h3>
                <div class="task__answer" lang={lang_tag(item.lang)}>{ text }</div>
            </div>
        }
    };
    let vote = |outcome: Outcome, en: &'static str, zh: &'static str, key: &'static str| {
        let on_action = on_action.clone();
        let chosen = card.outcome == Some(outcome);
        html! {
            <button type="button" class={classes!("button", chosen.then_some("button--primary"))} aria-pressed={chosen.to_string()}
                data-testid={format!("vote-{}", key.to_lowercase())} onclick={move |_| on_action.emit(Action::Vote(outcome))}>
                { l.tr(en, zh) }<kbd>{ key }</kbd></button>
        }
    };
    html! {
        <article class="task" data-testid="pair-card" data-item={item.id.clone()}>
            <p class="task__where">{ format!("{} {} / {} · {} {}", l.tr("Pair", "第"), desk.position + 1, desk.queue, l.tr("item", "题目"), item.id) }</p>
            <p class="task__prompt" lang={lang_tag(item.lang)}>{ &item.prompt }</p>
            <div class="pair">
                { side("A", &card.task.a, &card.answer_a, "pair-a") }
                { side("B", &card.task.b, &card.answer_b, "pair-b") }
            </div>
            <div class="pair__votes" role="group" aria-label={l.tr("Which answer is better?", "哪个回答更好？")}>
                { vote(Outcome::A, "A is better ", "A 更好 ", "A") }
                { vote(Outcome::B, "B is better ", "B 更好 ", "B") }
                { vote(Outcome::Tie, "Tie ", "平局 ", "T") }
                { vote(Outcome::BothBad, "Both bad ", "都不好 ", "X") }
            </div>
            <div class="task__nav">
                <button type="button" class="button" data-testid="previous" onclick={on_action.reform(|_: MouseEvent| Action::Move(-1))}>{ l.tr("← Previous (K)", "← 上一组 (K)") }</button>
                <button type="button" class="button" data-testid="next" onclick={on_action.reform(|_: MouseEvent| Action::Move(1))}>{ l.tr("Next (J) →", "下一组 (J) →") }</button>
            </div>
        </article>
    }
}

#[derive(Properties, PartialEq)]
struct SignInProps {
    ui_lang: UiLang,
    remembered: Option<String>,
    on_action: Callback<Action>,
}

/// Asks the rater's name once; a random seed fixes their blind order.
#[component]
fn SignIn(props: &SignInProps) -> Html {
    let l = props.ui_lang;
    let name = use_node_ref();
    let onsubmit = {
        let (name, on_action) = (name.clone(), props.on_action.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let value = name.cast::<HtmlInputElement>().map(|i| i.value()).unwrap_or_default();
            // Seeds stay below 2^32 so every JSON reader keeps them exact.
            let seed = (js_sys::Math::random() * 4_294_967_296.0) as u64;
            on_action.emit(Action::SignIn { name: value, seed });
        })
    };
    html! {
        <section class="card rate" aria-labelledby="sign-in-title">
            <h2 id="sign-in-title" class="card__title">{ l.tr("Rate answers", "人工评分") }</h2>
            <p class="card__intro">{ l.tr(
                "Rate the open-ended and safety answers on the suite's scales, or compare two answers at a time. Model names are hidden behind letters and every rater sees the answers in their own order; names appear when you finish. Your work is saved in this browser after every click.",
                "按套件的量表为开放题与安全题的回答打分，或每次比较两个回答。模型名称以字母代替，每位评分员看到的顺序各不相同；完成后才显示名称。每次操作后都会自动保存在此浏览器中。") }</p>
            <form class="sign-in" {onsubmit} data-testid="sign-in">
                <label class="field__label">{ l.tr("Your name (the organiser sees it in the merged results)", "你的名字（组织者会在合并结果中看到）") }
                    <input ref={name} class="field__input" required=true maxlength="80" data-testid="rater-input"
                        value={props.remembered.clone().unwrap_or_default()} autocomplete="name" /></label>
                <button type="submit" class="button button--primary" data-testid="start-rating">{ l.tr("Start rating", "开始评分") }</button>
            </form>
        </section>
    }
}
