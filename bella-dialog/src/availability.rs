//! Checking a requested day or time: business hours, the booking window, the past
//! and the store's busy intervals; the nearest free times when it cannot be booked.

use crate::engine::{Dialog, MAX_FAILURES};
use crate::io::{Interval, StoreRequest, StoreResult};
use crate::state::{Availability, Bounds, PendingKind, Step, TimeAsk};
use bella_core::{PartOfDay, SlotRejection};
use chrono::{DateTime, Days, NaiveDate, NaiveDateTime, NaiveTime, Utc};

/// Why a requested start is refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Refusal {
    Past,
    TooFar,
    Hours(SlotRejection),
    /// A person's day off, a service nobody does that day, or too long to fit.
    Staff(crate::resources::StaffRefusal),
    Taken,
}

impl Dialog {
    fn horizon_end(&self) -> NaiveDate {
        let today = self.reference().today();
        today
            .checked_add_days(Days::new(u64::from(self.config.horizon_days)))
            .unwrap_or(today)
    }

    pub(crate) fn utc(&self, local: NaiveDateTime) -> DateTime<Utc> {
        bella_core::local_to_utc(self.config.hours.tz, local)
    }

    /// Whether a wall-time start is free in the known busy intervals.
    fn is_free(&self, at: NaiveDateTime) -> bool {
        self.staff_free(at).is_some()
    }

    fn refusal(&self, at: NaiveDateTime) -> Option<Refusal> {
        if at <= self.reference().local_now() {
            return Some(Refusal::Past);
        }
        if at.date() > self.horizon_end() {
            return Some(Refusal::TooFar);
        }
        if let Err(r) = self.staff_check(at) {
            return Some(match r {
                crate::resources::StaffRefusal::Hours(h) => Refusal::Hours(h),
                other => Refusal::Staff(other),
            });
        }
        (!self.is_free(at)).then_some(Refusal::Taken)
    }

    /// Bookable free starts on the days `lo..=hi`, earliest first, but those the
    /// caller ruled out ("but not 3", "except Wednesday": `exclude.rs`).
    fn free_slots(&self, lo: NaiveDate, hi: NaiveDate) -> Vec<NaiveDateTime> {
        // Per service and resource (services.rs, resources.rs).
        let mut slots = self.staff_free_slots(lo, hi);
        slots.retain(|s| self.s.exclude.allows(*s));
        slots
    }

    /// Up to three free starts nearest to `at`, in time order (only from `at` on when
    /// `forward`). When `at`'s own day has any, only that day's: the caller asked for
    /// that day, and a plain "yes" takes the earliest offer (SPEC §3), which must not
    /// be the day before. Otherwise the nearest day first, looking both ways, and of
    /// two days as near the earlier: Monday before Wednesday for a Tuesday refused. On
    /// a day the times nearest `at`'s time of day; of two times as near the later, so
    /// the earliest offer stays as near as possible: 10 and 10:30 and 11 for 10:15,
    /// not 9:30.
    fn nearest(
        &self,
        at: NaiveDateTime,
        lo: NaiveDate,
        hi: NaiveDate,
        forward: bool,
    ) -> Vec<NaiveDateTime> {
        let by_time = |s: &NaiveDateTime| {
            (
                (s.time() - at.time()).num_minutes().abs(),
                std::cmp::Reverse(*s),
            )
        };
        let same_day = self.first_three(at, lo, hi, forward, |s| s.date() == at.date(), by_time);
        if !same_day.is_empty() {
            return same_day;
        }
        self.first_three(
            at,
            lo,
            hi,
            forward,
            |_| true,
            |s| {
                (
                    (s.date() - at.date()).num_days().abs(),
                    s.date(),
                    (s.time() - at.time()).num_minutes().abs(),
                    std::cmp::Reverse(*s),
                )
            },
        )
    }

    /// The free starts on the days `lo..=hi` that `keep` lets through (only those from
    /// `at` on when `forward`): the first three by `rank`, in time order. What
    /// `nearest` and `nearest_in_window` share.
    fn first_three<K: Ord>(
        &self,
        at: NaiveDateTime,
        lo: NaiveDate,
        hi: NaiveDate,
        forward: bool,
        keep: impl Fn(&NaiveDateTime) -> bool,
        rank: impl FnMut(&NaiveDateTime) -> K,
    ) -> Vec<NaiveDateTime> {
        let mut c: Vec<NaiveDateTime> = self
            .free_slots(lo, hi)
            .into_iter()
            .filter(|s| keep(s) && (!forward || *s >= at))
            .collect();
        c.sort_by_key(rank);
        c.truncate(3);
        c.sort();
        c
    }

    /// Checks the pending time request. Returns `true` when the booking can go on
    /// (a free slot was chosen); `false` when it asked the store or the caller.
    pub(crate) fn evaluate_time(&mut self) -> bool {
        let Some(ask) = self.s.time_ask else {
            return true;
        };
        let r = self.reference();
        let today = r.today();
        let end = self.horizon_end();
        let center = ask.day(today).clamp(today, end);
        let lo = center
            .checked_sub_days(Days::new(3))
            .unwrap_or(center)
            .max(today);
        let hi = center
            .checked_add_days(Days::new(7))
            .unwrap_or(center)
            .min(end)
            .max(lo);
        let from = self.utc(lo.and_time(NaiveTime::MIN));
        let to = self.utc(hi.succ_opt().unwrap_or(hi).and_time(NaiveTime::MIN));
        let covered = self
            .s
            .availability
            .as_ref()
            .is_some_and(|a| a.from <= from && to <= a.to);
        if !covered {
            self.request(
                PendingKind::Availability { from, to },
                StoreRequest::FreeSlots { from, to },
            );
            return false;
        }
        let fresh = std::mem::take(&mut self.s.time_ask_fresh);
        let latest = std::mem::take(&mut self.s.latest);
        self.s.time_ask = None;
        self.s.offers_earliest = matches!(ask, TimeAsk::Earliest { .. });
        if !matches!(ask, TimeAsk::Later { .. } | TimeAsk::Earlier { .. }) {
            // Paging keeps to the part of the day the offers kept to; anything else
            // asks afresh.
            self.s.part = None;
        }
        match ask {
            TimeAsk::Later { .. } | TimeAsk::Earlier { .. } => {
                self.page(ask, hi);
                false
            }
            TimeAsk::Exact { at } => match self.refusal(at) {
                None => {
                    self.s.slot = Some(at);
                    self.s.day = Some(at.date());
                    self.s.offers.clear();
                    true
                }
                Some(why) => {
                    // The nearest both ways from the time refused (never past).
                    // A day the business is closed offers the next open day's free
                    // times instead, earliest first (SPEC §3); a person's day off is
                    // not the business closing, nor is a day too far ahead.
                    let closed = !matches!(why, Refusal::Past | Refusal::TooFar)
                        && !self.config.hours.is_open_on(at.date());
                    let (from, forward) = if closed {
                        (at.date().and_time(NaiveTime::MIN), true)
                    } else {
                        (at, why == Refusal::Past)
                    };
                    let mut reason = self.refusal_text(why, at);
                    if self.take_fallback(&reason) {
                        return self.evaluate_time();
                    }
                    self.s.refused_at = Some(at);
                    self.s.offers = self.nearest_in_window(from, lo, hi, forward);
                    if self.s.offers.is_empty()
                        && let Some(w) = self.active_window()
                    {
                        // Nothing in the window is left: say so, then offer the nearest.
                        self.release_window(&mut reason, w);
                        self.s.offers = self.nearest(from, lo, hi, forward);
                    }
                    self.discuss_offered_day(at.date());
                    self.refuse(&reason, fresh);
                    false
                }
            },
            TimeAsk::Earliest { part } => {
                let window = self.active_window();
                let offers: Vec<NaiveDateTime> = self
                    .free_slots(lo, hi)
                    .into_iter()
                    .filter(|s| {
                        window.is_none_or(|w| w.contains(s.time()))
                            && part.is_none_or(|p| p.contains(s.time()))
                    })
                    .take(3)
                    .collect();
                if offers.is_empty()
                    && let Some(part) = part
                {
                    // No free time in that part of the day in the days looked at (an
                    // evening at a business closing at 5): its first day is refused
                    // as any day asked for with that part, and the nearest offered.
                    self.s.time_ask = Some(TimeAsk::Day {
                        date: today,
                        part: Some(part),
                    });
                    self.s.time_ask_fresh = fresh;
                    return self.evaluate_time();
                }
                if !self.new_offers(offers, fresh) {
                    return false;
                }
                if let Some(first) = self.s.offers.first() {
                    self.s.day = Some(first.date());
                    // Paging ("anything later?") keeps to the part asked for.
                    self.s.part = part;
                    let offers = self.speak_offers(&self.s.offers);
                    self.say(&format!("The earliest I have is {offers}."));
                    self.ask(Step::Time, self.which_one());
                } else {
                    self.ask(
                        Step::Time,
                        "I don't have anything free in the next few days. What day would suit you?",
                    );
                }
                false
            }
            TimeAsk::Day { date, part } => {
                // A weekday the caller ruled out ("next week, but not Monday"): the
                // next day they did not.
                let date = self.s.exclude.next_allowed_day(date);
                let window = self.active_window();
                let in_part = |s: &NaiveDateTime| {
                    part.is_none_or(|p| p.contains(s.time()))
                        && window.is_none_or(|w| w.contains(s.time()))
                };
                let free: Vec<NaiveDateTime> = if (today..=end).contains(&date) {
                    self.free_slots(date, date)
                        .into_iter()
                        .filter(in_part)
                        .collect()
                } else {
                    Vec::new()
                };
                if !free.is_empty() {
                    // "As late as possible": the day's last free start alone, asked as
                    // a yes or no; "anything earlier?" pages back from it.
                    let offers = if latest {
                        free[free.len() - 1..].to_vec()
                    } else {
                        free.into_iter().take(3).collect()
                    };
                    if !self.new_offers(offers, fresh) {
                        return false;
                    }
                    self.s.day = Some(date);
                    self.s.part = part;
                    if latest {
                        let offers = self.speak_offers(&self.s.offers);
                        self.say(&format!("The latest I have is {offers}."));
                        self.ask(Step::Time, self.which_one());
                    } else {
                        self.offer_free();
                    }
                    return false;
                }
                let start_hour = part.map_or(0, |p: PartOfDay| p.hours().0);
                let start = NaiveTime::from_hms_opt(start_hour, 0, 0).unwrap_or(NaiveTime::MIN);
                // Nearest to the window's lower bound (or its end, when only bounded above).
                let start = match window {
                    Some(Bounds { after: Some(a), .. }) => a.max(start),
                    Some(Bounds {
                        after: None,
                        before: Some(b),
                    }) => b,
                    _ => start,
                };
                let at = date.and_time(start);
                let bookable = (today..=end).contains(&date);
                // The person asked for (or everyone doing the service) is off that day
                // though the business is open: like a closed day, the window's hours
                // (and the part of the day) go on to other days.
                let day_off = bookable && self.staff_day_text(date).is_some();
                let open = bookable && self.config.hours.is_open_on(date) && !day_off;
                let mut reason = if date < today {
                    "Sorry, that day has already passed.".to_owned()
                } else if date > end {
                    self.refusal_text(Refusal::TooFar, at)
                } else if let Some(text) = self.closed_weekend_text(date) {
                    text
                } else if !self.config.hours.is_open_on(date) {
                    let r = if self.config.hours.closed.contains(&date) {
                        SlotRejection::ClosedDate
                    } else {
                        SlotRejection::ClosedDay
                    };
                    self.refusal_text(Refusal::Hours(r), at)
                } else if let Some(text) = self.staff_day_text(date) {
                    text
                } else if let Some(w) = window {
                    let part = part.map(|p| format!(" in the {p}")).unwrap_or_default();
                    format!(
                        "Sorry, I don't have anything free{part} {} on {}.",
                        self.speak_window_before_day(w),
                        self.speak_day(date)
                    )
                } else if let Some(p) = part {
                    format!(
                        "Sorry, I don't have anything free in the {p} on {}.",
                        self.speak_day(date)
                    )
                } else {
                    format!("Sorry, {} is fully booked.", self.speak_day(date))
                };
                if self.take_fallback(&reason) {
                    return self.evaluate_time();
                }
                // A closed day: the next open day's times (a person's day off: the
                // nearest day they work, both ways, as for a time refused), inside the
                // window and the part of the day if it has any there, earliest first.
                // A full window: the nearest times, now that it is said.
                let forward = !open && !day_off;
                self.s.offers = if open {
                    Vec::new()
                } else {
                    self.first_three(at, lo, hi, forward, in_part, |s| {
                        ((s.date() - date).num_days().abs(), s.date(), *s)
                    })
                };
                // "Next week, except Wednesday" with its first days full: the later
                // days of that week, earliest first, never a day before it.
                if self.s.offers.is_empty()
                    && let Some(monday) = self.s.week.filter(|m| *m <= date)
                {
                    let sunday = monday.checked_add_days(Days::new(6)).unwrap_or(monday);
                    self.s.offers =
                        self.first_three(at, date, sunday.min(hi), true, in_part, |s| *s);
                }
                if self.s.offers.is_empty() {
                    self.s.offers = self.nearest(at, lo, hi, forward);
                    if open && window.is_some() {
                        // Nothing in the window: the nearest to it first, so a plain
                        // "yes" takes the one closest to what was asked.
                        self.s.window_released = true;
                        self.s
                            .offers
                            .sort_by_key(|s| (s.date() != date, (*s - at).num_minutes().abs()));
                    } else if let Some(w) = window {
                        // A closed day, and no open day has a time in the window either:
                        // say so before offering times outside it.
                        self.release_window(&mut reason, w);
                    }
                }
                // Offers that all keep to the part of the day asked for keep paging
                // to it too.
                self.s.part = part.filter(|p| {
                    !self.s.offers.is_empty() && self.s.offers.iter().all(|o| p.contains(o.time()))
                });
                self.discuss_offered_day(date);
                self.refuse(&reason, fresh);
                false
            }
        }
    }

    /// The caller's second choice ("are you open Saturday? if not, Monday at 11"),
    /// when the first cannot be had: says why the first cannot, and asks for the
    /// second instead (checked like any time asked for). `false` when there is none.
    fn take_fallback(&mut self, reason: &str) -> bool {
        let Some(second) = self.s.fallback.take() else {
            return false;
        };
        let Some(w) = self.lang().time(&second, &self.reference()) else {
            return false;
        };
        if !self.absorb_when(w.value) {
            return false;
        }
        self.say(reason);
        true
    }

    /// "I have ... free. Which would you like?": the offers made.
    fn offer_free(&mut self) {
        let offers = self.speak_offers(&self.s.offers);
        self.say(&format!("I have {offers} free."));
        self.ask(Step::Time, self.which_one());
    }

    /// The question after the offers: a choice among several, a yes for one alone.
    fn which_one(&self) -> &'static str {
        if self.s.offers.len() == 1 {
            "Would that work?"
        } else {
            "Which would you like?"
        }
    }

    /// Whether a start keeps to what the caller asked for, while it binds: the window
    /// (SPEC §3) and the part of the day.
    fn keeps(&self, s: &NaiveDateTime) -> bool {
        self.active_window().is_none_or(|w| w.contains(s.time()))
            && self.s.part.is_none_or(|p| p.contains(s.time()))
    }

    /// "Anything later?", "what else do you have?": the next three free starts after
    /// the last one offered, that day first, then the following days up to `hi`.
    /// "Anything earlier?": the three right before the first one offered, on its day
    /// (never past: `free_slots` starts after now). Both keep to the window and the
    /// part of the day while they bind. With none, the agent says so and the offers
    /// stand; neither is a failed answer.
    fn page(&mut self, ask: TimeAsk, hi: NaiveDate) {
        let (offers, edge) = match ask {
            TimeAsk::Later { after } => (
                self.first_three(
                    after,
                    after.date(),
                    hi,
                    true,
                    |s| *s > after && self.keeps(s),
                    |s| *s,
                ),
                after,
            ),
            TimeAsk::Earlier { before } => {
                let day = before.date();
                let offers = self.first_three(
                    before,
                    day,
                    day,
                    false,
                    |s| *s < before && self.keeps(s),
                    |s| std::cmp::Reverse(*s),
                );
                (offers, before)
            }
            _ => return,
        };
        // "in the morning", "between 1 p.m. and 4 p.m.": what the edge is the edge of.
        let within = format!(
            "{}{}",
            self.s
                .part
                .map(|p| format!(" in the {p}"))
                .unwrap_or_default(),
            self.active_window()
                .map(|w| format!(" {}", self.speak_window_before_day(w)))
                .unwrap_or_default()
        );
        let day = self.speak_day(edge.date());
        let later = matches!(ask, TimeAsk::Later { .. });
        // "Anything earlier?" with nothing earlier inside the part of the day or the
        // window: a receptionist says so and tells what is earlier that same day
        // anyway ("That's the earliest I have in the afternoon on Friday, ...
        // Earlier that day I also have 11 a.m. or 11:30 a.m."), while the offers
        // inside stand: a plain "yes" still takes the earliest of them, and a time
        // named outside is a start asked for outright (which replaces the window,
        // SPEC §3). Never another day, never past.
        let bound = self.s.part.is_some() || self.active_window().is_some();
        if !later && offers.is_empty() && bound {
            let before = edge;
            let earlier = self.first_three(
                before,
                before.date(),
                before.date(),
                false,
                |s| *s < before,
                |s| std::cmp::Reverse(*s),
            );
            if !earlier.is_empty() {
                let times: Vec<String> =
                    earlier.iter().map(|s| self.speak_time(s.time())).collect();
                let times = crate::prompts::join_list(&times, self.word("or"));
                self.say(&format!("That's the earliest I have{within} on {day}."));
                self.say(&format!("Earlier that day I also have {times}."));
                self.reask_time();
                return;
            }
        }
        let Some(first) = offers.first().copied() else {
            if later {
                self.say("I don't have anything later than that.");
            } else {
                self.say(&format!("That's the earliest I have{within} on {day}."));
            }
            self.reask_time();
            return;
        };
        if first.date() != edge.date() {
            // The day under discussion has nothing later: the next days' times.
            self.say(&format!("That's the latest I have{within} on {day}."));
        }
        self.s.offers = offers;
        self.s.day = Some(first.date());
        self.offer_free();
    }

    /// Says that nothing in the window `w` is free, after `reason`, and stops the window
    /// binding the offers: times outside it may be offered from now on.
    fn release_window(&mut self, reason: &mut String, w: Bounds) {
        *reason = format!(
            "{reason} I don't have anything else free {}.",
            self.speak_window(w)
        );
        self.s.window_released = true;
    }

    /// The caller's window, while it still binds the offers.
    pub(crate) fn active_window(&self) -> Option<Bounds> {
        self.s.window.filter(|_| !self.s.window_released)
    }

    /// Like `nearest`, keeping to the caller's window while it binds.
    fn nearest_in_window(
        &self,
        at: NaiveDateTime,
        lo: NaiveDate,
        hi: NaiveDate,
        forward: bool,
    ) -> Vec<NaiveDateTime> {
        let Some(w) = self.active_window() else {
            return self.nearest(at, lo, hi, forward);
        };
        // Inside the window the earliest come first, from the day asked for on.
        self.first_three(
            at,
            lo,
            hi,
            forward,
            |s| w.contains(s.time()),
            |s| (s.date() < at.date(), *s),
        )
    }

    /// Sets the times to offer. Offering the very same times again in answer to the
    /// caller counts as a failed answer (no loop): `false` if that transferred the call.
    fn new_offers(&mut self, offers: Vec<NaiveDateTime>, fresh: bool) -> bool {
        let repeated = fresh && self.s.step == Step::Time && offers == self.s.offers;
        self.s.offers = offers;
        if repeated {
            self.s.failures = self.s.failures.saturating_add(1);
            if self.s.failures >= MAX_FAILURES {
                self.say("I'm sorry, I'm having trouble finding a time with you.");
                self.transfer();
                return false;
            }
        }
        true
    }

    /// Asks for a time again after an answer that gave none: the offers still stand.
    pub(crate) fn reask_time(&mut self) {
        if self.s.offers.is_empty() {
            let q = self.variant(&self.prompts().ask_time);
            self.ask(Step::Time, &q);
        } else {
            let offers = self.speak_offers(&self.s.offers);
            let q = self.which_one();
            self.ask(Step::Time, &format!("I have {offers}. {q}"));
        }
    }

    /// When none of the offers is on the day asked for, the offers' day is now the
    /// one under discussion: a bare time answer is read on it.
    fn discuss_offered_day(&mut self, asked: NaiveDate) {
        if !self.s.offers.iter().any(|o| o.date() == asked) {
            self.s.day = self.s.offers.first().map(|o| o.date()).or(self.s.day);
        }
    }

    /// "this weekend" asked and both its days closed: said of the whole weekend once,
    /// not of its Saturday alone.
    fn closed_weekend_text(&self, date: NaiveDate) -> Option<String> {
        let sat = self.s.weekend?;
        let sun = sat.succ_opt()?;
        let hours = &self.config.hours;
        let whole =
            (date == sat || date == sun) && !hours.is_open_on(sat) && !hours.is_open_on(sun);
        whole.then(|| {
            let when = if hours.closed.contains(&sat) || hours.closed.contains(&sun) {
                format!("the weekend of {}", self.speak_day(sat))
            } else {
                "that weekend".to_owned()
            };
            format!("Sorry, we're closed {when}, on Saturday and Sunday.")
        })
    }

    /// Whether `at` falls in the business's own opening hours that day.
    fn business_open_at(&self, at: NaiveDateTime) -> bool {
        self.config
            .hours
            .spans_on(at.date())
            .iter()
            .any(|span| span.open <= at.time() && at.time() < span.close)
    }

    fn refusal_text(&self, why: Refusal, at: NaiveDateTime) -> String {
        let today = self.reference().today();
        match why {
            Refusal::Past if at.date() == today => {
                format!(
                    "Sorry, {} today has already passed.",
                    self.speak_time(at.time())
                )
            }
            Refusal::Past => "Sorry, that time has already passed.".to_owned(),
            Refusal::TooFar => {
                format!(
                    "Sorry, I can only book up to {} days ahead.",
                    self.config.horizon_days
                )
            }
            Refusal::Hours(SlotRejection::ClosedDate) => {
                format!("Sorry, we're closed on {}.", self.speak_day(at.date()))
            }
            Refusal::Hours(SlotRejection::ClosedDay) => {
                let day = self.speak_day(at.date());
                let weekday = day.split([',', ' ']).next().unwrap_or("that day");
                format!("Sorry, we're closed on {weekday}s, so {day} won't work.")
            }
            Refusal::Hours(SlotRejection::NotOnSlot) => format!(
                "Sorry, appointments start every {} minutes.",
                self.config.hours.slot_minutes
            ),
            Refusal::Hours(_) if self.business_open_at(at) => {
                // The business is open then, only not those who offer the service (a
                // lunch break, a shorter day): "outside our opening hours" is untrue.
                // With a person asked for, that person is the reason ("with Kayla at
                // 10" where Kayla starts at noon).
                if let Some(who) = self.s.svc.pref.and_then(|p| self.config.resources.get(p)) {
                    return format!(
                        "Sorry, {} isn't working at {} on {}.",
                        who.name,
                        self.speak_time(at.time()),
                        self.speak_day(at.date())
                    );
                }
                format!(
                    "Sorry, {} can't be booked at {} on {}.",
                    self.service_name(),
                    self.speak_time(at.time()),
                    self.speak_day(at.date())
                )
            }
            Refusal::Hours(_) => {
                format!(
                    "Sorry, {} is outside our opening hours.",
                    self.speak_time(at.time())
                )
            }
            Refusal::Staff(r) => self.staff_refusal_text(r, at),
            // "Move it to Tuesday at 1" when it is on Tuesday at 1: the caller's own
            // appointment holds that time, so it is said to be theirs, not taken.
            Refusal::Taken
                if self.s.intent == Some(crate::intent::Intent::Reschedule)
                    && self
                        .s
                        .target
                        .as_ref()
                        .is_some_and(|a| a.local_start() == at) =>
            {
                format!("Your appointment is already on {}.", self.speak_when(at))
            }
            Refusal::Taken => format!("Sorry, {} is already taken.", self.speak_when(at)),
        }
    }

    /// Says why a time cannot be booked and offers the nearest free ones. A refusal
    /// of the caller's own answer counts as a failed answer at the time step.
    fn refuse(&mut self, reason: &str, fresh: bool) {
        if self.s.step != Step::Time {
            self.s.failures = 0;
            self.s.step = Step::Time;
        }
        if fresh {
            self.s.failures = self.s.failures.saturating_add(1);
            if self.s.failures >= MAX_FAILURES {
                self.say(reason);
                self.transfer();
                return;
            }
        }
        self.say(reason);
        if self.s.offers.is_empty() {
            self.ask(
                Step::Time,
                "I don't have anything free around then. What other day would suit you?",
            );
        } else {
            let offers = self.speak_offers(&self.s.offers);
            let q = if self.s.offers.len() == 1 {
                format!("The nearest time I have is {offers}. Would that work?")
            } else {
                format!("The nearest times I have are {offers}. Would one of those work?")
            };
            self.ask(Step::Time, &q);
        }
    }

    pub(crate) fn on_availability(
        &mut self,
        result: StoreResult,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    ) {
        match result {
            StoreResult::Busy(busy) => {
                let busy: Vec<Interval> = busy.into_iter().filter(|b| b.start < b.end).collect();
                self.s.availability = Some(Availability { from, to, busy });
                self.advance();
            }
            _ => self.store_failed(),
        }
    }
}
