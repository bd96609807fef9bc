//! "How scoring works" shows what scoring computes: each lesson's score is the metric's own
//! on the same text, and its steps add up to it.

#![cfg(not(target_arch = "wasm32"))]

use pingfen::core::explain::{lessons, Inputs};
use pingfen::core::metrics::standard::{compute, MetricName};
use pingfen::core::text::{Lang, Normalize, Segmenter};

fn check(inputs: &Inputs) {
    let segmenter = Segmenter::embedded().unwrap();
    let worked = lessons(&segmenter, inputs);
    let references = vec![inputs.reference.clone()];
    let metric = |name| compute(&segmenter, name, inputs.lang, &inputs.answer, &references, Normalize::NONE);
    let bleu = metric(MetricName::Bleu);
    assert_eq!(worked.bleu.score, bleu.score, "{inputs:?}");
    assert_eq!(worked.bleu.signature, bleu.signature.as_str());
    assert_eq!(worked.chrf.score, metric(MetricName::ChrfPlusPlus).score);
    for (lesson, name) in worked.rouge.iter().zip([MetricName::Rouge1, MetricName::Rouge2, MetricName::RougeL]) {
        assert!((100.0 * lesson.fmeasure - metric(name).score).abs() < 1e-9, "{}: {} vs {}", lesson.name, lesson.fmeasure, metric(name).score);
    }
    // The steps shown give the score: BP × exp(mean log p) over the effective orders.
    let orders = &worked.bleu.orders[..worked.bleu.effective_order];
    if worked.bleu.orders[0].matches > 0 {
        let mean_log = orders.iter().map(|o| o.precision.ln()).sum::<f64>() / orders.len() as f64;
        let recomputed = (worked.bleu.brevity_penalty * mean_log.exp()).min(100.0);
        assert!((worked.bleu.geometric_mean - mean_log.exp()).abs() < 1e-9);
        assert!((recomputed - worked.bleu.score).abs() < 1e-9, "{recomputed} vs {}", worked.bleu.score);
    }
    // The n-grams marked matched are the clipped matches BLEU counted.
    for order in &worked.bleu.orders {
        if order.grams.len() < 40 {
            assert_eq!(order.grams.iter().map(|g| g.matched).sum::<u64>(), order.matches, "order {}", order.n);
            assert_eq!(order.grams.iter().map(|g| g.count).sum::<u64>(), order.total, "order {}", order.n);
        }
    }
    // chrF's F-beta from the mean precision and recall shown.
    let (p, r, beta) = (worked.chrf.precision, worked.chrf.recall, f64::from(worked.chrf.beta));
    if p + r > 0.0 {
        let f = 100.0 * (1.0 + beta * beta) * p * r / (beta * beta * p + r);
        assert!((f - worked.chrf.score).abs() < 1e-9, "{f} vs {}", worked.chrf.score);
    }
}

#[test]
fn the_first_example_and_others_show_what_the_metrics_compute() {
    let example = Inputs::example();
    check(&example);
    check(&Inputs { reference: example.answer.clone(), ..example.clone() });
    check(&Inputs {
        lang: Lang::En,
        reference: "The study ranked sixteen models in Chinese and in English.".into(),
        answer: "Sixteen models were ranked, in English and Chinese, by the study.".into(),
        ..example.clone()
    });
    check(&Inputs { lang: Lang::En, reference: "Paris".into(), answer: "It is Paris.".into(), ..example.clone() });
    check(&Inputs { answer: String::new(), ..example });
}

#[test]
fn the_other_lessons_work_the_first_example() {
    let worked = lessons(&Segmenter::embedded().unwrap(), &Inputs::example());
    assert_eq!(worked.choice.extraction.choice.as_deref(), Some("B"));
    assert!((worked.likert.score - 400.0 / 6.0).abs() < 1e-9);
    assert_eq!(worked.pairwise.votes, 6);
    assert_eq!(worked.pairwise.standings.iter().find(|s| s.rank == Some(1)).map(|s| s.model.as_str()), Some("Qilin"));
    let boot = &worked.bootstrap;
    let (mean, interval) = (boot.mean.unwrap(), boot.interval.unwrap());
    assert!((mean - 73.5).abs() < 1e-9);
    assert!(interval.low < mean && mean < interval.high && interval.high - interval.low > 10.0, "{interval:?}");
    assert!(worked.answer_tokens.contains(&"研究".to_owned()), "jieba's words: {:?}", worked.answer_tokens);
    // The example answer makes three of the four key points (it leaves out the sixteen models),
    // and is within 30 characters; the points run as a suite's rubric would run them.
    let rubric = &worked.rubric;
    assert_eq!((rubric.key_points.found.len(), rubric.key_points.missed.clone()), (3, vec!["十六个模型".to_owned()]));
    assert!((rubric.key_points.score - 75.0).abs() < 1e-9);
    assert!(rubric.length.passed);
}
