//! Sharing without a server: the share dialog (which link, what its length means for sending
//! it), a link opened from the address bar (read once the saved session is, so it never races
//! a restore), and rater links pasted to merge. The engine packs and unpacks links; this
//! decides what goes into one and what comes of it.

use crate::app::engine::{Job, Purpose};
use crate::app::state::AppState;
use crate::core::human::merge::RaterWork;
use crate::core::i18n::msg;
use crate::core::io::link::{self, Kind, Made, Shared};
use crate::core::model::limits::{MAX_SHARED_LINK_CHARS, SHORT_LINK_CHARS};
use crate::core::results::Withheld;

/// The share dialog: which link, and the engine's answer once it came.
#[derive(Debug, Clone, PartialEq)]
pub struct Sharing {
    pub kind: Kind,
    pub ticket: u64,
    /// `None` while the engine packs it.
    pub made: Option<Result<Made, String>>,
    /// For a scorebook: the smaller link without its answers' text, made beside it when the
    /// page holds the automatic scores that stand for the text.
    pub lighter: Option<Lighter>,
    /// The suite's QR code is shown large, for a projector.
    pub presenting: bool,
}

/// The smaller link of a scorebook, without its answers' text.
#[derive(Debug, Clone, PartialEq)]
pub struct Lighter {
    pub ticket: u64,
    pub made: Option<Result<Made, String>>,
}

impl Sharing {
    /// The smaller link, when it is made and travels better than the whole one.
    pub fn lighter(&self) -> Option<&Made> {
        let Some(Ok(whole)) = &self.made else { return None };
        let Some(Lighter { made: Some(Ok(lighter)), .. }) = &self.lighter else { return None };
        (Fit::of(lighter.chars) < Fit::of(whole.chars)).then_some(lighter)
    }
}

/// What a link's length means for the person sending it (shortest first).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Fit {
    /// Fits a message in any chat app.
    Short,
    /// Some chat apps cut it (Telegram, Discord); WhatsApp, e-mail and browsers keep it.
    Long,
    /// Longer than Pingfen offers: the file instead.
    TooLong,
}

impl Fit {
    pub fn of(chars: usize) -> Fit {
        match chars {
            0..=SHORT_LINK_CHARS => Fit::Short,
            _ if chars <= MAX_SHARED_LINK_CHARS => Fit::Long,
            _ => Fit::TooLong,
        }
    }
}

/// A link from the address bar, read once the saved session has been (it may replace it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Opening {
    pub text: String,
    /// The engine's job reading it, once sent.
    pub ticket: Option<u64>,
}

impl AppState {
    /// Opens the share dialog for a `kind` of link to the page at `base`: the engine packs it.
    /// A scorebook's comes with the smaller link without its answers' text beside it; a
    /// session that came without that text shares its results as they came.
    pub(super) fn share(mut self, kind: Kind, base: String) -> Self {
        let session = self.session.clone();
        let withheld = self.withheld();
        let kind = if withheld.is_some() && kind == Kind::Scorebook { Kind::Results } else { kind };
        let lighter = match (kind, &self.automatic) {
            (Kind::Scorebook, Some(automatic)) => Some(Shared::Results(Box::new(Withheld::of(&session, automatic)))),
            _ => None,
        };
        let shared = match kind {
            Kind::Suite => Ok(Shared::Suite(Box::new(session.suite.clone()))),
            Kind::Scorebook => Ok(Shared::Scorebook(Box::new((*session).clone()))),
            Kind::Results => match (withheld, &self.automatic) {
                (Some(withheld), _) => Ok(Shared::Results(Box::new(withheld))),
                (None, Some(automatic)) => Ok(Shared::Results(Box::new(Withheld::of(&session, automatic)))),
                (None, None) => Err(msg!("share-needs-scores").text(self.locale)),
            },
            Kind::Rater => match self.rater.as_deref() {
                Some(rater) => RaterWork::of(&session, rater).map(|work| Shared::Rater(Box::new(work))).map_err(|e| e.to_string()),
                None => Err(msg!("share-needs-rater").text(self.locale)),
            },
        };
        let ticket = self.ticket();
        let shared = match shared {
            Ok(shared) => shared,
            Err(detail) => {
                self.sharing = Some(Sharing { kind, ticket, made: Some(Err(detail)), lighter: None, presenting: false });
                return self;
            }
        };
        self.sharing = Some(Sharing { kind, ticket, made: None, lighter: None, presenting: false });
        self = self.send(Job::MakeLink { ticket, base: base.clone(), shared: Box::new(shared) });
        if let Some(lighter) = lighter {
            let ticket = self.ticket();
            if let Some(sharing) = self.sharing.as_mut() {
                sharing.lighter = Some(Lighter { ticket, made: None });
            }
            self = self.send(Job::MakeLink { ticket, base, shared: Box::new(lighter) });
        }
        self
    }

    /// The engine's link for the dialog (an answer to a dialog since closed is dropped).
    pub(super) fn link_made(mut self, ticket: u64, outcome: Result<Made, String>) -> Self {
        let Some(sharing) = self.sharing.as_mut() else { return self };
        if sharing.ticket == ticket {
            sharing.made = Some(outcome);
        } else if let Some(lighter) = sharing.lighter.as_mut().filter(|l| l.ticket == ticket) {
            lighter.made = Some(outcome);
        }
        self
    }

    /// A link arrived in the address bar: read once the saved session has been.
    pub(super) fn open_link(mut self, text: String) -> Self {
        if !link::is_link(&text) {
            return self;
        }
        self.opening = Some(Opening { text, ticket: None });
        self.with_opening()
    }

    /// Sends the link waiting to be opened, once nothing is being restored: a rater's link
    /// merges into the session, any other replaces it (the bridge asks first when it holds
    /// people's work).
    pub(super) fn with_opening(mut self) -> Self {
        if self.awaiting_restore() {
            return self;
        }
        let Some(opening) = self.opening.as_ref().filter(|o| o.ticket.is_none()) else { return self };
        let text = opening.text.clone();
        let purpose = if link::kind_of(&text) == Some(Kind::Rater) { Purpose::Merge } else { Purpose::Open };
        let ticket = self.ticket();
        if let Some(opening) = self.opening.as_mut() {
            opening.ticket = Some(ticket);
        }
        let name = msg!("link-name").text(self.locale);
        self.send(Job::ReadLink { ticket, name, purpose, text })
    }

    /// Whether `ticket` read the link being opened; it is done with then.
    pub(super) fn opened(&mut self, ticket: u64) -> bool {
        let was = self.opening.as_ref().and_then(|o| o.ticket) == Some(ticket);
        if was {
            self.opening = None;
        }
        was
    }

    /// Rater links pasted together (one per line, or run together) merge in the order given.
    pub(super) fn merge_links(mut self, text: &str) -> Self {
        let links: Vec<&str> = text.split_whitespace().flat_map(split_run_together).filter(|piece| link::is_link(piece)).collect();
        if links.is_empty() {
            let name = msg!("link-name").text(self.locale);
            let problem = crate::core::Problem::new(&name, crate::core::Location::File, msg!("problem-link-not-pingfen"));
            return self.notice(crate::app::notice::Notice::NotLoaded { origin: crate::app::notice::Origin::File(name), problems: vec![problem] });
        }
        let several = links.len() > 1;
        for (index, text) in links.into_iter().enumerate() {
            let name = if several { msg!("link-name-numbered", number = index + 1) } else { msg!("link-name") }.text(self.locale);
            let ticket = self.ticket();
            self = self.send(Job::ReadLink { ticket, name, purpose: Purpose::Merge, text: text.to_owned() });
        }
        self
    }
}

/// Links pasted with nothing between them (`…#pf1.rater.AAAhttps://…#pf1.rater.BBB`) apart.
fn split_run_together(text: &str) -> Vec<&str> {
    let mut starts: Vec<usize> = text.match_indices("http://").chain(text.match_indices("https://")).map(|(at, _)| at).collect();
    starts.sort_unstable();
    if starts.first() != Some(&0) {
        starts.insert(0, 0);
    }
    starts.iter().zip(starts.iter().skip(1).chain(std::iter::once(&text.len()))).map(|(&from, &to)| &text[from..to]).filter(|piece| !piece.is_empty()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_link_is_judged_by_its_length() {
        assert_eq!(Fit::of(1_200), Fit::Short);
        assert_eq!(Fit::of(SHORT_LINK_CHARS + 1), Fit::Long);
        assert_eq!(Fit::of(MAX_SHARED_LINK_CHARS), Fit::Long);
        assert_eq!(Fit::of(MAX_SHARED_LINK_CHARS + 1), Fit::TooLong);
    }

    #[test]
    fn links_pasted_together_come_apart() {
        assert_eq!(split_run_together("https://a/#pf1.rater.Xhttps://b/#pf1.rater.Y"), vec!["https://a/#pf1.rater.X", "https://b/#pf1.rater.Y"]);
        assert_eq!(split_run_together("#pf1.rater.X"), vec!["#pf1.rater.X"]);
    }
}
