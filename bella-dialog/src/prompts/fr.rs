//! What the agent says in Canadian French (SPEC §5.7): the default French prompts, the
//! French spoken forms of numbers, phone numbers, days and times, and the catalogue
//! that gives the French of every fixed sentence of the engine.
//!
//! The catalogue works like gettext: the engine's English sentence is the key. Fixed
//! sentences match whole; sentences built with `format!` match a template whose `{}`
//! holes take the values said (days and times already spoken in French, names, or a
//! nested sentence, itself looked up). A sentence with no entry is said as it is, and
//! the call-file runner (`tests/call_files.rs`) makes sure every sentence of the French
//! calls is French.

use super::Prompts;
use bella_core::{BusinessHours, PhoneNumber};
use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime, Timelike, Weekday};

fn v(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| (*s).to_owned()).collect()
}

/// The default French prompts (the `[prompts_fr]` table of a business file overrides them).
pub(crate) fn default_prompts() -> Prompts {
    Prompts {
        greeting: v(&[
            "Merci d'appeler {business}. Comment puis-je vous aider aujourd'hui?",
            "Vous êtes bien chez {business}. Qu'est-ce que je peux faire pour vous?",
        ]),
        ask_name: v(&[
            "Puis-je avoir votre nom, s'il vous plaît?",
            "À quel nom, s'il vous plaît?",
        ]),
        ask_phone: v(&[
            "À quel numéro de téléphone peut-on vous joindre?",
            "Et quel numéro de téléphone dois-je inscrire?",
        ]),
        ask_time: v(&[
            "Quel jour et quelle heure vous conviendraient?",
            "Quand aimeriez-vous venir?",
        ]),
        offer_caller_id: v(&[
            "Je peux utiliser le numéro d'où vous appelez, qui se termine par {last4}. Est-ce que ça vous va?",
            "Est-ce que j'utilise le numéro d'où vous appelez, qui se termine par {last4}?",
        ]),
        booked: v(&["C'est réservé.", "Votre rendez-vous est confirmé."]),
        transfer: v(&[
            "Je vous transfère à quelqu'un qui pourra vous aider.",
            "Un instant, je vous transfère à un membre de notre équipe.",
        ]),
        goodbye: v(&[
            "Pas de problème. Merci d'avoir appelé, au revoir!",
            "D'accord, pas de problème. Bonne journée, au revoir!",
        ]),
        no_transfer: v(&[
            "Personne n'est disponible pour prendre votre appel en ce moment. Rappelez-nous pendant nos heures d'ouverture, {hours}. Au revoir!",
        ]),
        no_transfer_open: v(&[
            "Personne n'est disponible pour prendre votre appel en ce moment. Rappelez-nous un peu plus tard; nous sommes ouverts jusqu'à {close} aujourd'hui. Au revoir!",
        ]),
    }
}

/// The bilingual opening said before the greeting when a French-first business also
/// serves English callers.
pub(crate) const BILINGUAL_HELLO: &str = "Bonjour, hi!";

const UNITS: [&str; 17] = [
    "zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze",
    "douze", "treize", "quatorze", "quinze", "seize",
];
const TENS: [&str; 7] = [
    "dix",
    "vingt",
    "trente",
    "quarante",
    "cinquante",
    "soixante",
    "quatre-vingt",
];

/// A number from 0 to 999 in words, as said in Quebec: "soixante et onze",
/// "quatre-vingt-dix-neuf", "cinq cent quatorze".
pub fn number_words(n: u32) -> String {
    match n {
        0..=16 => UNITS[n as usize].to_owned(),
        17..=19 => format!("dix-{}", UNITS[(n - 10) as usize]),
        20..=69 => {
            let (t, u) = (n / 10, n % 10);
            let tens = TENS[(t - 1) as usize];
            match u {
                0 => tens.to_owned(),
                1 => format!("{tens} et un"),
                _ => format!("{tens}-{}", UNITS[u as usize]),
            }
        }
        70..=79 => match n - 60 {
            11 => "soixante et onze".to_owned(),
            r => format!("soixante-{}", number_words(r)),
        },
        80 => "quatre-vingts".to_owned(),
        81..=99 => format!("quatre-vingt-{}", number_words(n - 80)),
        100..=999 => {
            let (h, r) = (n / 100, n % 100);
            let head = match (h, r) {
                (1, _) => "cent".to_owned(),
                (_, 0) => format!("{} cents", UNITS[h as usize]),
                _ => format!("{} cent", UNITS[h as usize]),
            };
            if r == 0 {
                head
            } else {
                format!("{head} {}", number_words(r))
            }
        }
        _ => n.to_string(),
    }
}

/// A group of digits read the Quebec way: as one number ("cinq cent quatorze",
/// "quarante-deux"), or digit by digit when it starts with a zero ("zéro un").
fn group_words(digits: &str) -> String {
    match digits.parse::<u32>() {
        Ok(n) if !digits.starts_with('0') && digits.len() <= 3 => number_words(n),
        _ => digits
            .bytes()
            .map(|b| UNITS[usize::from(b.saturating_sub(b'0')) % 10])
            .collect::<Vec<_>>()
            .join(" "),
    }
}

/// A phone number as Quebec callers say it: the area code and the exchange as numbers,
/// the line in two pairs: "quatre cent trois, cinq cent cinquante-cinq, zéro un,
/// quarante-deux" for 403 555-0142 (SPEC §5.3 reads every one of these forms). The
/// sentences around it say "au ..." or "le ...", as for "le 514".
pub fn speak_phone(phone: &PhoneNumber) -> String {
    let digits = phone.national_digits().unwrap_or_else(|| phone.digits());
    if digits.len() == 10 && phone.is_nanp() {
        let (npa, rest) = digits.split_at(3);
        let (nxx, line) = rest.split_at(3);
        let (a, b) = line.split_at(2);
        return format!(
            "{}, {}, {}, {}",
            group_words(npa),
            group_words(nxx),
            group_words(a),
            group_words(b)
        );
    }
    // Other numbers digit by digit, in threes.
    let groups: Vec<String> = digits
        .as_bytes()
        .chunks(3)
        .map(|c| {
            c.iter()
                .map(|b| UNITS[usize::from(b.saturating_sub(b'0')) % 10])
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect();
    let prefix = if phone.is_nanp() { "" } else { "plus " };
    format!("{prefix}{}", groups.join(", "))
}

/// A time of day, 24-hour as written in Quebec (OQLF): "9 h", "9 h 30", "14 h 05",
/// "midi", "minuit".
pub fn speak_time(t: NaiveTime) -> String {
    match (t.hour(), t.minute()) {
        (12, 0) => "midi".to_owned(),
        (0, 0) => "minuit".to_owned(),
        (h, 0) => format!("{h} h"),
        (h, m) => format!("{h} h {m:02}"),
    }
}

pub(crate) const MONTHS: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];

/// The French name of a weekday, lower case as written in French.
pub fn weekday_name(w: Weekday) -> &'static str {
    match w {
        Weekday::Mon => "lundi",
        Weekday::Tue => "mardi",
        Weekday::Wed => "mercredi",
        Weekday::Thu => "jeudi",
        Weekday::Fri => "vendredi",
        Weekday::Sat => "samedi",
        Weekday::Sun => "dimanche",
    }
}

/// A day in full: "jeudi 26 novembre", "mardi 1er décembre".
pub fn speak_day(d: NaiveDate) -> String {
    let day = match d.day() {
        1 => "1er".to_owned(),
        n => n.to_string(),
    };
    format!(
        "{} {day} {}",
        weekday_name(d.weekday()),
        MONTHS[d.month0() as usize % 12]
    )
}

/// A start in full: "jeudi 26 novembre à 9 h 30".
pub fn speak_when(t: NaiveDateTime) -> String {
    super::when_in(&WORDS, t)
}

/// The words French puts around days and times.
pub(crate) const WORDS: super::TimeWords = super::TimeWords {
    time: speak_time,
    day: speak_day,
    at: "à",
    offer_day: "le ",
    or: "ou",
    between: ("entre ", " et "),
    from: ("à partir de ", ""),
    before: "avant ",
    any_time: "à n'importe quelle heure",
};

/// The weekly hours: "du lundi au vendredi, de 9 h à 17 h".
pub(crate) fn speak_hours(hours: &BusinessHours) -> String {
    super::hours_sentence(
        hours,
        |first, last| {
            if first == last {
                format!("le {}", weekday_name(first))
            } else {
                format!("du {} au {}", weekday_name(first), weekday_name(last))
            }
        },
        |s| format!("de {} à {}", speak_time(s.open), speak_time(s.close)),
        " et ",
        "sur rendez-vous seulement",
    )
}

/// A length: "45 minutes", "une heure", "une heure et demie", "2 heures",
/// "une heure et 15 minutes".
pub(crate) fn speak_minutes(m: u32) -> String {
    let (h, r) = (m / 60, m % 60);
    let hours = match h {
        1 => "une heure".to_owned(),
        n => format!("{n} heures"),
    };
    match (h, r) {
        (0, _) => format!("{m} minutes"),
        (_, 0) => hours,
        (_, 30) => format!("{hours} et demie"),
        _ => format!("{hours} et {r} minutes"),
    }
}

/// The French of the engine's fixed sentences, keyed by the English. `{}` is a hole;
/// more specific templates come first.
const MESSAGES: &[(&str, &str)] = &[
    // engine.rs
    (
        "I'm sorry, we've reached the time limit for this call. Please call us back any time. Goodbye!",
        "Je suis désolée, nous avons atteint la durée maximale de l'appel. Rappelez-nous quand vous voulez. Au revoir!",
    ),
    (
        "What can I help you with today?",
        "Comment puis-je vous aider aujourd'hui?",
    ),
    (
        "I'm sorry, I'm having trouble understanding.",
        "Je suis désolée, j'ai de la difficulté à vous comprendre.",
    ),
    (
        "I'm sorry, I'm having trouble with our booking system right now.",
        "Je suis désolée, notre système de réservation a un problème en ce moment.",
    ),
    (
        "Would you like me to put you through to someone who can help?",
        "Voulez-vous que je vous transfère à quelqu'un qui pourra vous aider?",
    ),
    ("We're open {}.", "Nous sommes ouverts {}."),
    (
        "Would you like to book an appointment?",
        "Voulez-vous prendre un rendez-vous?",
    ),
    // availability.rs
    (
        "{} I don't have anything else free {}.",
        "{} Je n'ai rien d'autre de libre {}.",
    ),
    (
        "The earliest I have is {}.",
        "Le plus tôt que j'ai, c'est {}.",
    ),
    (
        "The latest I have is {}.",
        "Le plus tard que j'ai, c'est {}.",
    ),
    ("Which would you like?", "Laquelle préférez-vous?"),
    ("Would that work?", "Est-ce que ça vous convient?"),
    (
        "What other day or time would suit you?",
        "Quel autre jour ou quelle autre heure vous conviendrait?",
    ),
    (
        "I have {}. Would that work?",
        "J'ai de la place {}. Est-ce que ça vous convient?",
    ),
    (
        "The nearest time I have is {}. Would that work?",
        "L'heure la plus proche que j'ai, c'est {}. Est-ce que ça vous convient?",
    ),
    (
        "I don't have anything free in the next few days. What day would suit you?",
        "Je n'ai rien de libre dans les prochains jours. Quel jour vous conviendrait?",
    ),
    (
        "I have {}. Which would you like?",
        "J'ai de la place {}. Laquelle préférez-vous?",
    ),
    ("I have {} free.", "J'ai de la place {}."),
    (
        "I don't have anything later than that.",
        "Je n'ai rien de plus tard que ça.",
    ),
    (
        "That's the earliest I have on {}.",
        "C'est le plus tôt que j'ai le {}.",
    ),
    (
        "Earlier that day I also have {}.",
        "Plus tôt ce jour-là, j'ai aussi {}.",
    ),
    (
        "That's the earliest I have in the {} {} on {}.",
        "C'est le plus tôt que j'ai {} {} le {}.",
    ),
    (
        "That's the earliest I have in the {} on {}.",
        "C'est le plus tôt que j'ai {} le {}.",
    ),
    (
        "That's the earliest I have {} on {}.",
        "C'est le plus tôt que j'ai {} le {}.",
    ),
    (
        "That's the latest I have on {}.",
        "C'est le plus tard que j'ai le {}.",
    ),
    (
        "That's the latest I have in the {} {} on {}.",
        "C'est le plus tard que j'ai {} {} le {}.",
    ),
    (
        "That's the latest I have in the {} on {}.",
        "C'est le plus tard que j'ai {} le {}.",
    ),
    (
        "That's the latest I have {} on {}.",
        "C'est le plus tard que j'ai {} le {}.",
    ),
    (
        "Sorry, that day has already passed.",
        "Désolée, cette journée est déjà passée.",
    ),
    (
        "Sorry, I don't have anything free in the {} {} on {}.",
        "Désolée, je n'ai rien de libre {} {} le {}.",
    ),
    (
        "Sorry, I don't have anything free in the {} on {}.",
        "Désolée, je n'ai rien de libre {} le {}.",
    ),
    (
        "Sorry, I don't have anything free {} on {}.",
        "Désolée, je n'ai rien de libre {} le {}.",
    ),
    ("Sorry, {} is fully booked.", "Désolée, le {} est complet."),
    (
        "I'm sorry, I'm having trouble finding a time with you.",
        "Je suis désolée, j'ai de la difficulté à trouver une heure avec vous.",
    ),
    (
        "Sorry, {} today has already passed.",
        "Désolée, {} aujourd'hui, c'est déjà passé.",
    ),
    (
        "Sorry, that time has already passed.",
        "Désolée, cette heure est déjà passée.",
    ),
    (
        "Sorry, I can only book up to {} days ahead.",
        "Désolée, je peux seulement réserver jusqu'à {} jours d'avance.",
    ),
    (
        "Sorry, we're closed on {}s, so {} won't work.",
        "Désolée, nous sommes fermés le {}, donc le {} ne fonctionne pas.",
    ),
    (
        "Sorry, we're closed on {}.",
        "Désolée, nous sommes fermés le {}.",
    ),
    (
        "Sorry, we're closed that weekend, on Saturday and Sunday.",
        "Désolée, nous sommes fermés cette fin de semaine, le samedi et le dimanche.",
    ),
    (
        "Sorry, we're closed the weekend of {}, on Saturday and Sunday.",
        "Désolée, nous sommes fermés la fin de semaine du {}, le samedi et le dimanche.",
    ),
    (
        "Sorry, appointments start every {} minutes.",
        "Désolée, les rendez-vous commencent toutes les {} minutes.",
    ),
    (
        "Sorry, {} is outside our opening hours.",
        "Désolée, {} est en dehors de nos heures d'ouverture.",
    ),
    (
        "Sorry, {} is already taken.",
        "Désolée, le {} est déjà pris.",
    ),
    (
        "Your appointment is already on {}.",
        "Votre rendez-vous est déjà le {}.",
    ),
    (
        "I don't have anything free around then. What other day would suit you?",
        "Je n'ai rien de libre vers ce moment-là. Quel autre jour vous conviendrait?",
    ),
    (
        "The nearest times I have are {}. Would one of those work?",
        "Les heures les plus proches que j'ai sont {}. Est-ce qu'une de celles-là vous conviendrait?",
    ),
    // barge.rs
    (
        "Sorry about that, we got cut off.",
        "Désolée, nous avons été coupés.",
    ),
    (
        "Sorry, the times I have are {}. Which would you like?",
        "Désolée, les heures que j'ai sont {}. Laquelle préférez-vous?",
    ),
    (
        "Just to check, shall I book it for {}?",
        "Juste pour vérifier, je le réserve pour le {}?",
    ),
    (
        "Just to check, shall I move it to {}?",
        "Juste pour vérifier, je le déplace au {}?",
    ),
    ("Just to check: {}", "Juste pour vérifier : {}"),
    // booking.rs
    (
        "That's the number I already checked.",
        "C'est le numéro que j'ai déjà vérifié.",
    ),
    // lookup.rs
    (
        "I still don't see an appointment under that number.",
        "Je ne vois toujours pas de rendez-vous sous ce numéro.",
    ),
    (
        "I have your name as {}, {}. Is that right?",
        "J'ai noté votre nom : {}, {}. Est-ce exact?",
    ),
    (
        "What's your phone number, please?",
        "Quel est votre numéro de téléphone, s'il vous plaît?",
    ),
    (
        "So that's {}, phone {}, on {}. Shall I book it?",
        "Donc, c'est {}, au {}, le {}. Est-ce que je le réserve?",
    ),
    (
        "Oh, it looks like that time was just taken.",
        "Oh, on dirait que cette heure vient d'être prise.",
    ),
    (
        "{} We'll see you on {}. Thanks for calling, goodbye!",
        "{} On se voit le {}. Merci d'avoir appelé, au revoir!",
    ),
    ("{} We'll see you on {}.", "{} On se voit le {}."),
    // lookup.rs
    (
        "What phone number was the appointment booked under?",
        "Sous quel numéro de téléphone le rendez-vous a-t-il été pris?",
    ),
    (
        "I see an appointment for {} on {}. Would you like me to cancel it?",
        "Je vois un rendez-vous pour {} le {}. Voulez-vous que je l'annule?",
    ),
    (
        "So I'll move your appointment from {} to {}. Shall I go ahead?",
        "Donc, je déplace votre rendez-vous du {} au {}. Est-ce que je confirme?",
    ),
    (
        "So I'll move your {} from {} to {}. Shall I go ahead?",
        "Donc, je déplace votre rendez-vous pour {} du {} au {}. Est-ce que je confirme?",
    ),
    (
        "What day and time would you like instead?",
        "Quel jour et quelle heure aimeriez-vous à la place?",
    ),
    (
        "I see 2 appointments for {}: {}. Would you like me to cancel both?",
        "Je vois 2 rendez-vous pour {} : {}. Voulez-vous que je les annule tous les deux?",
    ),
    (
        "I see {} appointments for {}: {}. Would you like me to cancel all {}?",
        "Je vois {} rendez-vous pour {} : {}. Voulez-vous que je les annule tous les {}?",
    ),
    (
        "Your appointments on {} are cancelled. Thanks for calling, goodbye!",
        "Vos rendez-vous du {} sont annulés. Merci d'avoir appelé, au revoir!",
    ),
    (
        "Your appointments on {} are cancelled. Have a good day, goodbye!",
        "Vos rendez-vous du {} sont annulés. Bonne journée, au revoir!",
    ),
    (
        "You have {} appointments coming up: {}. Which one would you like to cancel?",
        "Vous avez {} rendez-vous à venir : {}. Lequel voulez-vous annuler?",
    ),
    (
        "You have {} appointments coming up: {}. Which one would you like to move?",
        "Vous avez {} rendez-vous à venir : {}. Lequel voulez-vous déplacer?",
    ),
    (
        "I see your appointment for {} on {}. What day and time would you like to move it to?",
        "Je vois votre rendez-vous pour {} le {}. À quel jour et à quelle heure voulez-vous le déplacer?",
    ),
    (
        "You have an appointment on {}, under {}.",
        "Vous avez un rendez-vous le {}, au nom de {}.",
    ),
    ("You also have one on {}.", "Vous en avez aussi un le {}."),
    (
        "Is there anything else I can help you with?",
        "Est-ce que je peux vous aider avec autre chose?",
    ),
    (
        "Thanks for calling, goodbye!",
        "Merci d'avoir appelé, au revoir!",
    ),
    ("Have a good day, goodbye!", "Bonne journée, au revoir!"),
    (
        "Okay, nothing has been booked. Thanks for calling, goodbye!",
        "D'accord, rien n'a été réservé. Merci d'avoir appelé, au revoir!",
    ),
    (
        "Okay, I'll leave your appointment as it is. Thanks for calling, goodbye!",
        "D'accord, je laisse votre rendez-vous tel quel. Merci d'avoir appelé, au revoir!",
    ),
    (
        "I couldn't find an appointment under the number you're calling from.",
        "Je n'ai pas trouvé de rendez-vous sous le numéro d'où vous appelez.",
    ),
    (
        "I couldn't find an appointment under {}.",
        "Je n'ai pas trouvé de rendez-vous sous le {}.",
    ),
    (
        "Your appointment on {} is cancelled. Thanks for calling, goodbye!",
        "Votre rendez-vous du {} est annulé. Merci d'avoir appelé, au revoir!",
    ),
    (
        "Done. Your appointment is now on {}. Thanks for calling, goodbye!",
        "C'est fait. Votre rendez-vous est maintenant le {}. Merci d'avoir appelé, au revoir!",
    ),
    // Round 27 (pa27, requests.rs): two bookings in a call, "cancel both" before
    // "anything else?", a request said again after a booking.
    (
        "Now for the second appointment.",
        "Maintenant, le deuxième rendez-vous.",
    ),
    (
        "Your appointments on {} are cancelled.",
        "Vos rendez-vous du {} sont annulés.",
    ),
    (
        "That's already done: you're booked on {}.",
        "C'est déjà fait : votre rendez-vous est réservé pour le {}.",
    ),
    // A change made, before "anything else?" or the next request (requests.rs).
    (
        "Your appointment on {} is cancelled.",
        "Votre rendez-vous du {} est annulé.",
    ),
    (
        "Done. Your appointment is now on {}.",
        "C'est fait. Votre rendez-vous est maintenant le {}.",
    ),
    (
        "That's already done: your appointment on {} is cancelled.",
        "C'est déjà fait : votre rendez-vous du {} est annulé.",
    ),
    (
        "That's already done: your appointments on {} are cancelled.",
        "C'est déjà fait : vos rendez-vous du {} sont annulés.",
    ),
    (
        "That's already done: your appointment is now on {}.",
        "C'est déjà fait : votre rendez-vous est maintenant le {}.",
    ),
    (
        "Sure, what else can I help you with?",
        "Bien sûr, qu'est-ce que je peux faire d'autre pour vous?",
    ),
    // The same at the end of a reminder call (we called them).
    (
        "Your appointment on {} is cancelled. Have a good day, goodbye!",
        "Votre rendez-vous du {} est annulé. Bonne journée, au revoir!",
    ),
    (
        "Done. Your appointment is now on {}. Have a good day, goodbye!",
        "C'est fait. Votre rendez-vous est maintenant le {}. Bonne journée, au revoir!",
    ),
    // reminder.rs (the default voicemail, `DEFAULT_VOICEMAIL`)
    (
        "Hi, this is {} with a reminder of your appointment on {}. Call us at {} if you need to change it.",
        "Bonjour, ici {}, pour vous rappeler votre rendez-vous du {}. Appelez-nous au {} si vous devez le changer.",
    ),
    (
        "Hi, this is {} calling with a reminder about your appointment.",
        "Bonjour, ici {}, je vous appelle pour vous rappeler votre rendez-vous.",
    ),
    (
        "Hi {}, this is {} calling with a reminder about your appointment.",
        "Bonjour {}, ici {}, je vous appelle pour vous rappeler votre rendez-vous.",
    ),
    (
        "This is {} calling with a reminder about your appointment.",
        "Ici {}, je vous appelle pour vous rappeler votre rendez-vous.",
    ),
    (
        "It's on {}. Can you still make it?",
        "C'est le {}. Est-ce que vous pourrez venir?",
    ),
    ("Can you still make it?", "Est-ce que vous pourrez venir?"),
    (
        "Is there anything else I can help you with?",
        "Est-ce que je peux vous aider avec autre chose?",
    ),
    (
        "Thank you, I appreciate it. Have a good day!",
        "Merci beaucoup, c'est apprécié. Bonne journée!",
    ),
    (
        "Sorry about that, I must have the wrong number. Have a good day, goodbye!",
        "Oh, désolée du dérangement, je dois avoir le mauvais numéro. Bonne journée, au revoir!",
    ),
    (
        "Understood, sorry for the bother. Your appointment on {} stays as it is. To stop these reminder calls, please let our front desk know. Goodbye!",
        "C'est compris, désolée du dérangement. Votre rendez-vous du {} reste tel quel. Pour ne plus recevoir ces appels de rappel, avisez notre réception. Au revoir!",
    ),
    (
        "Understood, sorry for the bother. We won't call or text this number with reminders again. Your appointment on {} stays as it is. Goodbye!",
        "C'est compris, désolée du dérangement. Nous n'appellerons plus ce numéro et ne lui enverrons plus de rappels par texto. Votre rendez-vous du {} reste tel quel. Au revoir!",
    ),
    (
        "I'm sorry, I don't have that information here, but our front desk can help you with that.",
        "Je suis désolée, je n'ai pas cette information ici, mais notre réception pourra vous renseigner.",
    ),
    (
        "Noted, we won't call or text this number with reminders again.",
        "C'est noté, nous n'appellerons plus ce numéro et ne lui enverrons plus de rappels par texto.",
    ),
    (
        "No problem, I won't keep you. Your appointment is on {}. If you need to change it, just give us a call. Goodbye!",
        "Pas de problème, je ne vous retiens pas. Votre rendez-vous est le {}. Si vous devez le changer, appelez-nous. Au revoir!",
    ),
    ("It's for your {}.", "C'est votre rendez-vous pour {}."),
    ("It's with {}.", "C'est avec {}."),
    (
        "Yes, that's right, it's on {}. Can you still make it?",
        "Oui, c'est bien ça, c'est le {}. Est-ce que vous pourrez venir?",
    ),
    (
        "No, it's actually on {}. Can you still make it?",
        "Non, c'est plutôt le {}. Est-ce que vous pourrez venir?",
    ),
    (
        "No problem. Could you please let them know their appointment is on {}? If that doesn't work, they can call us back. Thank you, goodbye!",
        "Pas de problème. Pourriez-vous lui faire le message? Son rendez-vous est le {}. Si ça ne convient pas, il suffit de nous rappeler. Merci, bonne journée!",
    ),
    (
        "Your appointment is on {}. Can you still make it? Yes or no?",
        "Votre rendez-vous est le {}. Est-ce que vous pourrez venir? Oui ou non?",
    ),
    (
        "Of course, someone else can come in your place. The appointment stays on {}. Is that all right?",
        "Bien sûr, quelqu'un d'autre peut venir à votre place. Le rendez-vous reste le {}. Ça vous va?",
    ),
    (
        "Okay. Would you like me to cancel your appointment on {}?",
        "D'accord. Voulez-vous que j'annule votre rendez-vous du {}?",
    ),
    (
        "Sure. What day and time would you like to move it to?",
        "Bien sûr. À quel jour et à quelle heure voulez-vous le déplacer?",
    ),
    (
        "Great, you're all set for {}. See you then, goodbye!",
        "Parfait, c'est confirmé pour le {}. À bientôt, au revoir!",
    ),
    // services.rs
    ("Hi {}! {}", "Bonjour {}! {}"),
    ("Is this for you, {}?", "Est-ce pour vous, {}?"),
    (
        "Okay, who is the appointment for?",
        "D'accord, pour qui est le rendez-vous?",
    ),
    (
        "Who is the appointment for?",
        "Pour qui est le rendez-vous?",
    ),
    (
        "Sorry, I didn't catch the name.",
        "Désolée, je n'ai pas saisi le nom.",
    ),
    (
        "Sorry, {} doesn't do {}, but someone else can.",
        "Désolée, {} n'offre pas le service {}, mais quelqu'un d'autre peut le faire.",
    ),
    (
        "What would you like to book?",
        "Qu'est-ce que vous aimeriez réserver?",
    ),
    (
        "And which would you like: {}?",
        "Et lequel aimeriez-vous : {}?",
    ),
    (
        "I can book one service at a time. Which would you like first: {}?",
        "Je peux réserver un service à la fois. Lequel aimeriez-vous en premier : {}?",
    ),
    (
        "You also asked for {}: I can book it right after, on {}, with {}. Shall I book it?",
        "Vous avez aussi demandé {} : je peux le réserver juste après, le {}, avec {}. Est-ce que je le réserve?",
    ),
    (
        "You also asked for {}: I can book it right after, on {}. Shall I book it?",
        "Vous avez aussi demandé {} : je peux le réserver juste après, le {}. Est-ce que je le réserve?",
    ),
    (
        "There's no time for {} right after it, so I've booked the one service.",
        "Il n'y a pas de place pour {} juste après, alors j'ai réservé le premier service seulement.",
    ),
    (
        "Okay, just the one then.",
        "D'accord, seulement le premier alors.",
    ),
    (
        "Sorry, we don't offer that. We offer {}.",
        "Désolée, nous n'offrons pas ça. Nous offrons {}.",
    ),
    ("Sorry, we offer {}.", "Désolée, nous offrons {}."),
    ("Yes, we offer {}.", "Oui, nous offrons {}."),
    ("Yes, {} does {}.", "Oui, {} offre le service {}."),
    (
        "No, {} doesn't do {}, but {} does.",
        "Non, {} n'offre pas le service {}, mais {} l'offre.",
    ),
    ("An appointment takes {}.", "Un rendez-vous dure {}."),
    (
        "I'm sorry, I don't have that information here.",
        "Je suis désolée, je n'ai pas cette information ici.",
    ),
    (
        "I'm sorry, I don't have prices here; the team can tell you when you come in.",
        "Je suis désolée, je n'ai pas les prix; l'équipe pourra vous les donner sur place.",
    ),
    (
        "Sorry, {} is away on {}.",
        "Désolée, {} ne sera pas là le {}.",
    ),
    (
        "Sorry, {} doesn't work on {}s.",
        "Désolée, {} ne travaille pas le {}.",
    ),
    (
        "Sorry, {} isn't available on {}s.",
        "Désolée, le service {} n'est pas offert le {}.",
    ),
    (
        "Sorry, {} isn't working at {} on {}.",
        "Désolée, {} ne travaille pas à {} le {}.",
    ),
    (
        "Sorry, {} can't be booked at {} on {}.",
        "Désolée, le service {} n'est pas offert à {} le {}.",
    ),
    (
        "Sorry, {} can't be booked on {}.",
        "Désolée, le service {} n'est pas offert le {}.",
    ),
    (
        "Sorry, {} takes {}, so it won't fit at {}.",
        "Désolée, le service {} dure {}, donc ça n'entre pas à {}.",
    ),
    (
        "I've told you what I know about that, so let me get you someone who can help.",
        "Je vous ai dit ce que je sais là-dessus, alors je vais vous passer quelqu'un qui pourra vous aider.",
    ),
    // turn.rs
    ("Sure.", "Bien sûr."),
    ("Yes, I can hear you.", "Oui, je vous entends."),
    ("Hi there!", "Bonjour!"),
    (
        "I'm well, thanks for asking.",
        "Je vais bien, merci de demander.",
    ),
    ("Yes, of course.", "Oui, bien sûr."),
    (
        "I'm sorry, I can only help in English here.",
        "Je suis désolée, je ne peux vous aider qu'en français ici.",
    ),
    (
        "I'm sorry, I can only help in English or French here.",
        "Je suis désolée, je ne parle que le français et l'anglais.",
    ),
    ("I'm sorry.", "Je suis désolée."),
    ("Sure, take your time.", "Bien sûr, prenez votre temps."),
    (
        "Yes, the full number with the area code, please.",
        "Oui, le numéro au complet avec l'indicatif régional, s'il vous plaît.",
    ),
    (
        "You're speaking with the automated assistant for {}.",
        "Vous parlez avec l'assistante automatisée de {}.",
    ),
    (
        "No problem, take your time.",
        "Pas de problème, prenez votre temps.",
    ),
    (
        "I haven't heard anything, so I'll let you go. Please call back any time. Goodbye!",
        "Je n'entends rien, alors je vais vous laisser. Rappelez-nous quand vous voulez. Au revoir!",
    ),
    (
        "Sorry, I didn't hear anything.",
        "Désolée, je n'ai rien entendu.",
    ),
    (
        "Sorry, I can help you book, change or cancel an appointment, or tell you our hours.",
        "Désolée, je peux vous aider à prendre, changer ou annuler un rendez-vous, ou vous donner nos heures d'ouverture.",
    ),
    (
        "What would you like to do?",
        "Qu'est-ce que vous aimeriez faire?",
    ),
    ("Okay.", "D'accord."),
    ("Sorry about that.", "Désolée pour ça."),
    ("Could you spell it for me?", "Pourriez-vous me l'épeler?"),
    (
        "Sorry, was that a yes or a no?",
        "Désolée, c'était un oui ou un non?",
    ),
    (
        "Okay, I'll leave it as it is.",
        "D'accord, je le laisse tel quel.",
    ),
    (
        "I'm sorry we couldn't get that right.",
        "Je suis désolée, on n'a pas réussi à bien le noter.",
    ),
    ("Okay, let's fix that.", "D'accord, corrigeons ça."),
    ("Thanks.", "Merci."),
    (
        "Sorry, I didn't catch your name.",
        "Désolée, je n'ai pas saisi votre nom.",
    ),
    (
        "Sorry, I didn't catch which one.",
        "Désolée, je n'ai pas saisi lequel.",
    ),
    (
        "Sorry, I didn't catch a day and time.",
        "Désolée, je n'ai pas saisi de jour ni d'heure.",
    ),
    (
        "Sorry, I didn't get a full phone number.",
        "Désolée, je n'ai pas eu un numéro de téléphone complet.",
    ),
    (
        "Sorry, I didn't catch that.",
        "Désolée, je n'ai pas compris.",
    ),
    (
        "I'm sorry, I'm having trouble getting your number.",
        "Je suis désolée, j'ai de la difficulté à noter votre numéro.",
    ),
    (
        "Sorry, I didn't get a full ten-digit number. You can also key it in on your keypad.",
        "Désolée, je n'ai pas eu un numéro complet à dix chiffres. Vous pouvez aussi le composer sur votre clavier.",
    ),
    (
        "It's so we know whose appointment it is when you come in.",
        "C'est pour savoir à qui est le rendez-vous quand vous viendrez.",
    ),
    (
        "It's so we can reach you if anything changes with the appointment.",
        "C'est pour pouvoir vous joindre si quelque chose change pour le rendez-vous.",
    ),
    (
        "I do need a name for the appointment, so we know whose it is. A first name is fine.",
        "J'ai besoin d'un nom pour le rendez-vous, pour savoir à qui il est. Un prénom suffit.",
    ),
    (
        "I do need a number for the appointment, in case anything changes with it.",
        "J'ai besoin d'un numéro pour le rendez-vous, au cas où quelque chose changerait.",
    ),
    (
        "I'm sorry, I can't book an appointment without a name.",
        "Je suis désolée, je ne peux pas prendre de rendez-vous sans un nom.",
    ),
    (
        "I don't see one on {}.",
        "Je ne vois pas de rendez-vous le {}.",
    ),
    (
        "I see your appointment on {}, but that has already passed.",
        "Je vois votre rendez-vous du {}, mais il est déjà passé.",
    ),
    (
        "Would you like to book a new appointment?",
        "Voulez-vous prendre un nouveau rendez-vous?",
    ),
    ("Got it.", "C'est noté."),
    ("And the rest of the number?", "Et la suite du numéro?"),
    // words the engine puts inside sentences
    ("morning", "en avant-midi"),
    ("afternoon", "en après-midi"),
    ("evening", "en soirée"),
    ("that day", "ce jour-là"),
    ("the number this call came from", "numéro qui vous a appelé"),
    // turn.rs: questions at the read-back
    ("Sure, {}: {}.", "Bien sûr, {} : {}."),
    (
        "I have your number as {}.",
        "Le numéro que j'ai noté, c'est le {}.",
    ),
    (
        "Yes, you'll get a text confirmation at that number once it's booked.",
        "Oui, vous allez recevoir un texto de confirmation à ce numéro une fois le rendez-vous réservé.",
    ),
    (
        "I'm not able to send a text from here, so I'll read it once more for you to note down.",
        "Je ne peux pas envoyer de texto d'ici, alors je vous le relis une fois pour que vous puissiez le noter.",
    ),
    ("Monday", "lundi"),
    ("Tuesday", "mardi"),
    ("Wednesday", "mercredi"),
    ("Thursday", "jeudi"),
    ("Friday", "vendredi"),
    ("Saturday", "samedi"),
    ("Sunday", "dimanche"),
];

/// The verb between a service and its price: "coûte 32 $", but "est gratuit", "est
/// sur demande" for a price that is no amount (never "coûte gratuit").
pub(crate) fn price_verb(price: &str) -> &'static str {
    if price.chars().any(|c| c.is_ascii_digit()) {
        " coûte "
    } else {
        " est "
    }
}

/// The French of a small word the engine puts between names and values (see
/// `Dialog::word`); `None` for one it does not know.
pub(crate) fn word(en: &str) -> Option<&'static str> {
    match en {
        " with " => Some(" avec "),
        " for " => Some(" pour "),
        "or" => Some("ou"),
        " takes " => Some(" dure "),
        "and" => Some("et"),
        _ => None,
    }
}

/// The French of one sentence the engine says in English: a whole match, else the
/// first template that fits, with its holes looked up in turn. `None`: no entry.
pub(crate) fn translate(text: &str) -> Option<String> {
    translate_at(text, 0)
}

fn translate_at(text: &str, depth: u8) -> Option<String> {
    if depth > 3 || text.is_empty() {
        return None;
    }
    for (en, fr) in MESSAGES {
        if !en.contains("{}") {
            if *en == text {
                return Some((*fr).to_owned());
            }
            continue;
        }
        if let Some(holes) = fill_holes(en, text) {
            let mut out = String::with_capacity(fr.len() + text.len());
            let mut rest = *fr;
            let mut holes = holes.into_iter();
            while let Some(i) = rest.find("{}") {
                out.push_str(&rest[..i]);
                let hole = holes.next().unwrap_or("");
                match translate_at(hole, depth + 1) {
                    Some(t) => out.push_str(&t),
                    None => out.push_str(hole),
                }
                rest = &rest[i + 2..];
            }
            out.push_str(rest);
            return Some(out);
        }
    }
    None
}

/// The text in each `{}` of `template` if `text` has its shape: the literal parts in
/// order, each hole non-empty and as short as the next literal allows.
fn fill_holes<'t>(template: &str, text: &'t str) -> Option<Vec<&'t str>> {
    let lits: Vec<&str> = template.split("{}").collect();
    let (first, last) = (lits.first()?, lits.last()?);
    if !text.starts_with(first) || !text.ends_with(last) || text.len() < first.len() + last.len() {
        return None;
    }
    let body = &text[first.len()..text.len() - last.len()];
    let mut holes = Vec::with_capacity(lits.len() - 1);
    let mut pos = 0;
    for lit in &lits[1..lits.len() - 1] {
        // Skip at least one char so no hole is empty.
        let from = pos + body[pos..].chars().next()?.len_utf8();
        let at = from + body.get(from..)?.find(lit)?;
        holes.push(&body[pos..at]);
        pos = at + lit.len();
    }
    let tail = &body[pos..];
    if tail.is_empty() {
        return None;
    }
    holes.push(tail);
    Some(holes)
}

#[cfg(test)]
mod tests {
    use super::super::tests::at;
    use super::*;

    #[test]
    fn numbers_the_quebec_way() {
        let cases = [
            (0, "zéro"),
            (17, "dix-sept"),
            (21, "vingt et un"),
            (55, "cinquante-cinq"),
            (71, "soixante et onze"),
            (78, "soixante-dix-huit"),
            (80, "quatre-vingts"),
            (81, "quatre-vingt-un"),
            (99, "quatre-vingt-dix-neuf"),
            (100, "cent"),
            (200, "deux cents"),
            (431, "quatre cent trente et un"),
            (514, "cinq cent quatorze"),
        ];
        for (n, w) in cases {
            assert_eq!(number_words(n), w, "{n}");
        }
    }

    #[test]
    fn phone_read_back_in_groups() {
        let p = PhoneNumber::from_e164("+14035550142").unwrap();
        assert_eq!(
            speak_phone(&p),
            "quatre cent trois, cinq cent cinquante-cinq, zéro un, quarante-deux"
        );
        let p = PhoneNumber::from_e164("+15145551234").unwrap();
        assert_eq!(
            speak_phone(&p),
            "cinq cent quatorze, cinq cent cinquante-cinq, douze, trente-quatre"
        );
        // Every read-back is read back by the French extractor to the same number.
        for e164 in [
            "+14035550142",
            "+18197174656",
            "+14502229907",
            "+16136037428",
        ] {
            let p = PhoneNumber::from_e164(e164).unwrap();
            let heard = bella_extract::Lang::Fr
                .phone(&speak_phone(&p), "CA")
                .unwrap();
            assert_eq!(heard.value.e164(), e164);
        }
    }

    #[test]
    fn days_and_times() {
        assert_eq!(
            speak_when(at(2026, 12, 10, 9, 30)),
            "jeudi 10 décembre à 9 h 30"
        );
        assert_eq!(
            speak_when(at(2026, 12, 1, 12, 0)),
            "mardi 1er décembre à midi"
        );
        assert_eq!(
            speak_time(NaiveTime::from_hms_opt(14, 5, 0).unwrap()),
            "14 h 05"
        );
        let offers = [
            at(2026, 11, 19, 9, 0),
            at(2026, 11, 19, 10, 0),
            at(2026, 11, 20, 9, 0),
        ];
        assert_eq!(
            super::super::offers_in(&WORDS, &offers),
            "le jeudi 19 novembre à 9 h ou 10 h ou le vendredi 20 novembre à 9 h"
        );
        let h = BusinessHours::seed_default();
        assert_eq!(speak_hours(&h), "du lundi au vendredi, de 9 h à 17 h");
        assert_eq!(speak_minutes(90), "une heure et demie");
        assert_eq!(speak_minutes(45), "45 minutes");
    }

    #[test]
    fn catalogue_fills_templates_and_nests() {
        assert_eq!(translate("Sure.").as_deref(), Some("Bien sûr."));
        assert_eq!(
            translate("Sorry, jeudi 19 novembre à 9 h is already taken.").as_deref(),
            Some("Désolée, le jeudi 19 novembre à 9 h est déjà pris.")
        );
        assert_eq!(
            translate("Sorry, we're closed on Saturdays, so samedi 21 novembre won't work.")
                .as_deref(),
            Some(
                "Désolée, nous sommes fermés le samedi, donc le samedi 21 novembre ne fonctionne pas."
            )
        );
        assert_eq!(
            translate("Sorry, I don't have anything free in the morning on lundi 23 novembre.")
                .as_deref(),
            Some("Désolée, je n'ai rien de libre en avant-midi le lundi 23 novembre.")
        );
        // "this weekend" / "la fin de semaine" asked with both days closed.
        assert_eq!(
            translate("Sorry, we're closed that weekend, on Saturday and Sunday.").as_deref(),
            Some("Désolée, nous sommes fermés cette fin de semaine, le samedi et le dimanche.")
        );
        assert_eq!(
            translate(
                "Sorry, we're closed the weekend of samedi 26 décembre, on Saturday and Sunday."
            )
            .as_deref(),
            Some(
                "Désolée, nous sommes fermés la fin de semaine du samedi 26 décembre, le samedi et le dimanche."
            )
        );
        assert_eq!(translate("Nothing like this"), None);
        assert_eq!(translate(""), None);
    }
}
