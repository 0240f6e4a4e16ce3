//! The French phrases of the whole-word classifiers in `intent.rs` (SPEC §5.6): why a
//! caller calls, "parler à quelqu'un", "laissez faire", "le numéro d'où j'appelle",
//! "pardon?", "un instant", "j'aime mieux pas". Each English classifier also asks the
//! French one, so a French word is understood whatever language the call is in.
//!
//! Words are those of [`super::words`]: lower case, accents and apostrophes kept
//! ("quelqu'un", "d'où", "j'appelle").

use super::{Intent, any_phrase};

/// "parler à quelqu'un", "une vraie personne", "un préposé", "la réceptionniste".
pub(super) fn wants_person(ws: &[String]) -> bool {
    any_phrase(
        ws,
        &[
            "parler à quelqu'un",
            "parler avec quelqu'un",
            "parler à une personne",
            "vraie personne",
            // "parler à du vrai monde" (Quebec: real people).
            "vrai monde",
            // "Passez-moi quelqu'un", "pouvez-vous me passer quelqu'un?": put through.
            "passez moi quelqu'un",
            "me passer quelqu'un",
            "un humain",
            "préposé",
            "préposée",
            "réceptionniste",
            "téléphoniste",
            "la réception",
            // A person named by their role, as English "the manager", "the owner": "je
            // voudrais parler à Dre Tremblay", "parler au gérant".
            "parler au docteur",
            "parler à la docteure",
            "parler au dr",
            "parler à la dre",
            "parler à dr",
            "parler à dre",
            "parler au gérant",
            "parler à la gérante",
            "parler au responsable",
            "parler à la responsable",
            "parler au propriétaire",
            "parler à la propriétaire",
            "parler au patron",
            "parler à la patronne",
        ],
    )
}

/// "laissez faire", "oubliez ça", "je vais rappeler". "Laissez faire jeudi, mettez-moi
/// vendredi": what "laissez faire" lets go of is a day or a time, not the call.
pub(super) fn wants_to_quit(ws: &[String]) -> bool {
    let lets_go_of_call = ws.windows(2).enumerate().any(|(i, w)| {
        matches!(w[0].as_str(), "laissez" | "laisse")
            && w[1] == "faire"
            && !names_day_or_time(&ws[i + 2..])
    });
    // "Je vais vérifier avec ma blonde pis je vous rappelle": a call back promised at
    // the end of the turn; "je vous rappelle pour mon rendez-vous" (calling back about
    // it) opens a request instead.
    let calls_back_later = ws.windows(2).enumerate().any(|(i, w)| {
        matches!(w[0].as_str(), "vous" | "te")
            && matches!(w[1].as_str(), "rappelle" | "rappelles" | "reviens")
            && ws[i + 2..].iter().all(|w| {
                matches!(
                    w.as_str(),
                    "plus"
                        | "tard"
                        | "tantôt"
                        | "demain"
                        | "là"
                        | "dessus"
                        | "d'abord"
                        | "merci"
                        | "bye"
                )
            })
    });
    lets_go_of_call
        || calls_back_later
        || any_phrase(
            ws,
            &[
                "oubliez ça",
                "oublie ça",
                "vais rappeler",
                "va rappeler",
                "vais vous rappeler",
                "vais vous revenir",
                "rappellerai",
                "une autre fois",
                "pas intéressé",
                "pas intéressée",
            ],
        )
}

/// Whether `ws` starts with a day or a time, maybe after an article: "jeudi", "le
/// matin", "cette semaine", "demain", "10 h".
fn names_day_or_time(ws: &[String]) -> bool {
    const ARTICLES: &[&str] = &["le", "la", "ce", "cet", "cette", "à", "a"];
    const DAYS: &[&str] = &[
        "lundi",
        "mardi",
        "mercredi",
        "jeudi",
        "vendredi",
        "samedi",
        "dimanche",
        "demain",
        "aujourd'hui",
        "l'après",
        "l'apres",
        "l'avant",
        "matin",
        "midi",
        "soir",
        "semaine",
    ];
    let skip = usize::from(ws.first().is_some_and(|w| ARTICLES.contains(&w.as_str())));
    ws.get(skip)
        .is_some_and(|w| DAYS.contains(&w.as_str()) || w.starts_with(|c: char| c.is_ascii_digit()))
}

/// Questions about the business's rule for cancelling ("c'est quoi votre politique
/// d'annulation?", "y a-t-il des frais si j'annule?"): their cancel words ask for no
/// cancel (the French of `super::CANCEL_POLICY`).
pub(super) const CANCEL_POLICY: &[&str] = &[
    "politique d'annulation",
    "politique d'annulations",
    "politique pour les annulations",
    "politique pour annuler",
    "frais d'annulation",
    "frais pour annuler",
    "frais pour une annulation",
    "frais si j'annule",
    "frais si je dois annuler",
    "frais si on annule",
    "charge si j'annule",
    "coûte si j'annule",
    "annulation tardive",
    "annulations tardives",
    "délai d'annulation",
    "délai pour annuler",
    "avis pour annuler",
    "préavis pour annuler",
    "arrive si j'annule",
    "arrive si je dois annuler",
    "arrive si je dois l'annuler",
    "passe si j'annule",
    "passe si je dois annuler",
    "passe si je dois l'annuler",
];

/// The intent named in a French turn, if any. The anglicism "appointment" (Acadian and
/// Quebec speech, written in English by speech-to-text: "checker si mon appointment
/// c'est ben mardi") is read as "rendez-vous", so every French phrase about one hears it.
pub(super) fn detect(ws: &[String]) -> Option<Intent> {
    if ws.iter().any(|w| is_appointment_anglicism(w)) {
        let read: Vec<String> = ws
            .iter()
            .flat_map(|w| {
                if is_appointment_anglicism(w) {
                    vec!["rendez".to_owned(), "vous".to_owned()]
                } else {
                    vec![w.clone()]
                }
            })
            .collect();
        return detect_read(&read);
    }
    detect_read(ws)
}

/// "appointment", "appointments", "appointement(s)": the English noun in a French turn.
fn is_appointment_anglicism(w: &str) -> bool {
    matches!(
        w,
        "appointment" | "appointments" | "appointement" | "appointements"
    )
}

/// [`detect`] on words where a rendez-vous is said in French.
fn detect_read(ws: &[String]) -> Option<Intent> {
    // "annuler, euh non, en fait, déplacer mon rendez-vous": a change of mind, the
    // cancel or move said after "non", "en fait", "plutôt" or "finalement" wins.
    // The last cue followed by a request decides: in "annulez-le. Non attendez,
    // déplacez-le plutôt à vendredi" nothing after "plutôt" asks, so "non" does.
    let changed = ws.iter().enumerate().rev().find_map(|(i, w)| {
        if i == 0 || !matches!(w.as_str(), "non" | "fait" | "plutôt" | "finalement") {
            return None;
        }
        match detect_plain(&ws[i + 1..]) {
            Some(later @ (Intent::Cancel | Intent::Reschedule)) => Some(later),
            _ => None,
        }
    });
    changed.or_else(|| detect_plain(ws))
}

/// [`detect`] without a change of mind.
fn detect_plain(ws: &[String]) -> Option<Intent> {
    // "j'aurais besoin d'annuler", "de l'annuler": the verb after an elided word.
    let bare: Vec<String> = ws.iter().map(|w| unelided(w).to_owned()).collect();
    let any = |phrases: &[&str]| any_phrase(ws, phrases) || any_phrase(&bare, phrases);
    // A question about the cancellation rule is no cancel.
    let asked = super::outside_cancel_policy(ws);
    let asked_bare: Vec<String> = asked.iter().map(|w| unelided(w).to_owned()).collect();
    // "canceller", "cancellez-le": the Quebec anglicism, as speech-to-text writes it.
    if [&asked, &asked_bare].iter().any(|w| {
        any_phrase(
            w,
            &[
                "annuler",
                "annulation",
                "annule",
                "annulez",
                "canceller",
                "canceler",
                "cancelle",
                "cancellé",
                "cancellez",
                "cancelez",
            ],
        )
    }) || drops_own(ws)
    {
        return Some(Intent::Cancel);
    }
    if any(&[
        "changer l'heure",
        "changer la date",
        "changer le jour",
        "changer mon rendez",
        "changer de rendez",
        "déplacer",
        "déplace",
        "déplacez",
        "décaler",
        "modifier mon",
        "modifier l'heure",
        "change mon rendez",
        "bouger mon",
        "reporter",
        "reporte",
        // The anglicism and its Quebec form ("je dois rescheduler", "recéduler").
        "rescheduler",
        "reschedule",
        "recéduler",
        "recédule",
        "devancer",
        // "repousser mon rendez-vous", "avancer mon rendez-vous à 9 h", "retarder mon
        // rendez-vous d'une demi-heure".
        "repousser",
        "retarder",
        "retardez",
        "repoussez",
        "repousse",
        "avancer mon",
        "avancez mon",
        // "mettre mon rendez-vous une heure plus tôt", "tasser mon rendez-vous".
        "mettre mon rendez",
        "mettez mon rendez",
        "placer mon rendez",
        "tasser mon rendez",
        "pousser mon rendez",
        "reculer mon rendez",
        "remettre mon",
        "remette mon",
        // "remettre ma coupe à jeudi", "remettre mes soins": the caller's own, by
        // what the business calls it.
        "remettre ma",
        "remettre mes",
        // "remettre celui de vendredi à lundi": one of the caller's, named by its day.
        "remettre celui",
        "remettre celle",
        // The anglicism ("rebooker mon rendez-vous de demain pour jeudi").
        "rebooker",
        "rebooké",
        "rebookez",
        "le changer",
        "la changer",
        "le modifier",
        "le remettre",
        "pourrai pas venir",
        "peux pas venir",
        "pourrai pas être là",
        "pourrai pas y aller",
        "peux pas y aller",
        "peux pas être là",
        "serai pas là",
    ]) || changes_appointment(ws)
        || changes_own_dated(ws)
        // "mon rendez-vous de vendredi, faudrait le mettre à lundi": "it" is the
        // caller's own appointment, named beside it.
        || (any_phrase(ws, PUTS_IT)
            && (any_phrase(ws, &["mon rendez", "mon rdv"])
                // "J'ai un rendez-vous demain pis faudrait le mettre à lundi": the one
                // the caller says they have ("j'ai un rendez-vous à prendre" is to book).
                || (any_phrase(ws, HAS_ONE) && !any_phrase(ws, &["à prendre"]))))
        // "Pour mon rendez-vous, au lieu de mardi, ça serait-tu possible mercredi?":
        // another day instead of the one the caller's own appointment is on.
        || (any_phrase(ws, &["au lieu de", "à la place de"])
            && any_phrase(ws, &["mon rendez", "mon rdv"]))
    {
        return Some(Intent::Reschedule);
    }
    // "Laissez-moi vérifier mon agenda": the caller's own diary, a stall, not a check.
    let own_diary = ws
        .iter()
        .any(|w| matches!(w.as_str(), "agenda" | "calendrier" | "horaire" | "cédule"))
        && !ws.iter().any(|w| matches!(w.as_str(), "rendez" | "rdv"));
    if !own_diary
        && any_phrase(
            ws,
            &[
                "vérifier mon",
                "confirmer mon",
                "quand est mon",
                "c'est quand mon",
                "quelle heure est mon",
                "mon rendez vous est quand",
                // "Pis mon autre rendez-vous, c'est quand déjà?"
                "rendez vous c'est quand",
                "rendez vous c'est à quelle heure",
                // Several ("vérifier mes rendez-vous") and the hour asked first ("c'est à
                // quelle heure mon rendez-vous jeudi?").
                "vérifier mes",
                "confirmer mes",
                // The Quebec anglicism ("je voudrais checker mes rendez-vous"); "checker vos
                // disponibilités" is a booking.
                "checker mon",
                "checker mes",
                // "checker si j'ai toujours un rendez-vous lundi", "savoir si j'ai un
                // rendez-vous": whether there is one.
                "checker si j'ai",
                // "Je voulais savoir si mon rendez-vous de mardi tient toujours": whether
                // the caller's own still holds.
                "savoir si mon rendez",
                "voir si mon rendez",
                "vérifier si mon rendez",
                "verifier si mon rendez",
                "checker si mon rendez",
                "confirmer si mon rendez",
                "vérifier si j'ai",
                "verifier si j'ai",
                "savoir si j'ai",
                "voir si j'ai",
                "verifier mon",
                "verifier mes",
                "c'est quand mes",
                "quand sont mes",
                "quelle heure mon",
                // The hour or the day asked of the one the caller has ("à quelle heure
                // j'ai rendez-vous demain?", "c'est quand que j'ai mon rendez-vous?").
                "quelle heure j'ai rendez",
                "quelle heure j'ai mon",
                "quelle heure que j'ai",
                "quel jour j'ai rendez",
                "quel jour j'ai mon",
                "quand j'ai rendez",
                "quand j'ai mon",
                "quand que j'ai",
                // Asked as a question, the Quebec way too ("j'ai-tu un rendez-vous cette
                // semaine?"); the statement "j'ai un rendez-vous à prendre" is a booking.
                "j'ai tu un rendez",
                "j'ai tu des rendez",
                "ai je un rendez",
                "ai je des rendez",
                "est ce que j'ai un rendez",
                "est ce que j'ai des rendez",
            ],
        )
        || (any_phrase(ws, &["mon rendez", "mon rdv", "mon prochain rendez"])
        // "Mon rendez-vous de la semaine prochaine, c'est-tu à 10 h ou à 11 h?",
        // "mon rendez-vous est bien mardi?": a question about the one they have (a
        // cancel or a move was read above).
        && (any_phrase(ws, &["c'est tu", "est tu", "c'est bien", "est bien", "est ce que mon"])
            // "À quelle heure que c'est, mon rendez-vous de lundi?", "quel jour, déjà,
            // mon rendez-vous?": the hour or the day asked, in any order, of the one
            // the caller has.
            || asks_when_own(ws))
        // "Mon rendez-vous est jeudi à 15 h, c'est-tu possible de l'avoir plus tôt dans
        // la journée?": asked of its new time, a move (`super::detect`).
        && !moves_by(ws))
        // "Je voulais juste checker l'heure de mon rendez-vous de mardi", "pouvez-vous me
        // rappeler la date de mon rendez-vous?": its hour or day named as a noun.
        || (asks_own_detail(ws) && !moves_by(ws))
        // "J'ai un rendez-vous avec l'optométriste, mais j'ai perdu mon papier. C'est
        // quand, déjà?": one the caller says they have, its day or hour asked (the
        // exclusions of `asks_when_own`: "j'ai un rendez-vous à prendre, quand
        // avez-vous de la place?" is a booking).
        || (any_phrase(ws, HAS_ONE) && asks_when_own(ws) && !moves_by(ws))
        // "Mon rendez-vous de lundi tient-tu toujours?", "mon rendez-vous est encore à
        // 10 h?": whether the caller's own still holds (a cancel or a move was read
        // above).
        || (any_phrase(ws, &["mon rendez", "mon rdv"])
            && any_phrase(
                ws,
                &[
                    "tient toujours",
                    "tient tu",
                    "tient encore",
                    "est toujours",
                    "est tu toujours",
                    "est encore",
                ],
            )
            && !moves_by(ws))
    {
        return Some(Intent::Check);
    }
    if any(&[
        "rendez vous",
        "rdv",
        "réserver",
        "réservation",
        "prendre",
        "disponibilité",
        "disponibilités",
        "consultation",
        "de la place",
        "une place",
        "nouveau patient",
        "nouvelle patiente",
    ]) {
        return Some(Intent::Book);
    }
    // "Pourriez-vous me le mettre la semaine prochaine?", "me la tasser à lundi": with
    // no appointment asked for, a pronoun that puts "it" somewhere can only be the
    // caller's own appointment (after the booking words: "un rendez-vous jeudi,
    // pouvez-vous me le mettre à 10 h?" is a booking).
    if any_phrase(ws, PUTS_IT) {
        return Some(Intent::Reschedule);
    }
    if any_phrase(
        ws,
        &[
            "heures d'ouverture",
            "vous ouverts",
            "êtes ouverts",
            "ouvrez",
            "fermez",
            "vos heures",
        ],
    ) {
        return Some(Intent::Hours);
    }
    // "C'est pour quoi?" asks what the call is about: no request (a repeat, turn.rs).
    if any_phrase(ws, &["c'est pour quoi"]) {
        return None;
    }
    // Any other request at the opening is a booking, as in English.
    any_phrase(
        ws,
        &[
            "je voudrais",
            "j'aimerais",
            "je veux",
            "j'ai besoin",
            "est ce que je peux",
            "je peux",
            "pourrais",
            "c'est pour",
        ],
    )
    .then_some(Intent::Book)
}

/// "j'ai un rendez-vous", "j'ai déjà un rendez-vous": the caller says they have one
/// ([`detect`]).
const HAS_ONE: &[&str] = &[
    "j'ai un rendez",
    "j'ai rendez",
    "j'ai déjà un rendez",
    "j'ai déjà rendez",
    "j'ai un rdv",
];

/// "le mettre", "la tasser", "l'avancer": a verb that puts "it" at another time, with
/// its object pronoun ([`detect`]).
const PUTS_IT: &[&str] = &[
    "le mettre",
    "la mettre",
    "le mettez",
    "la mettez",
    "le placer",
    "la placer",
    "le pousser",
    "la pousser",
    "le tasser",
    "la tasser",
    "le reculer",
    "la reculer",
    "l'avancer",
    "l'avancez",
    // The imperative ("mettez-le donc à vendredi", "tassez-la à lundi").
    "mettez le",
    "mettez la",
    "mets le",
    "mets la",
    "tassez le",
    "tassez la",
];

/// "Pouvez-vous m'enlever de l'horaire mardi?", "effacer mon rendez-vous", "j'aurai pas
/// besoin de mon rendez-vous": a cancel said without the word (the French of
/// `super::drops_own`). "Enlever" a thing that is no appointment ("enlever un plombage")
/// is none.
fn drops_own(ws: &[String]) -> bool {
    const VERBS: &[&str] = &[
        "enlever",
        "enlevez",
        "enlève",
        "effacer",
        "effacez",
        "retirer",
        "retirez",
        "rayer",
        "rayez",
        "supprimer",
        "supprimez",
    ];
    const OBJECTS: &[&str] = &["rendez", "rdv", "réservation", "horaire", "agenda", "liste"];
    let verb = ws.iter().enumerate().any(|(i, w)| {
        VERBS.contains(&unelided(w))
            && ws[i + 1..]
                .iter()
                .take(4)
                .any(|o| OBJECTS.contains(&unelided(o)))
    });
    verb || any_phrase(
        ws,
        &[
            "pas besoin de mon rendez",
            "plus besoin de mon rendez",
            "pas besoin de mon rdv",
            "plus besoin de mon rdv",
        ],
    )
}

/// A question of when ("à quelle heure", "quel jour", "quand"), neither asking which
/// times are free ("quelles heures avez-vous?", "quand est-ce que vous avez de la
/// place pour mon rendez-vous annuel?") nor to take or book one ("quand est-ce que je
/// pourrais prendre mon rendez-vous?"): with "mon rendez-vous" beside it, the caller
/// asks about the one they have.
fn asks_when_own(ws: &[String]) -> bool {
    any_phrase(ws, &["quelle heure", "quel jour", "quand"]) && !asks_for_times(ws) && !books(ws)
}

/// "l'heure de mon rendez-vous", "la date de mon examen", "la journée de mon rendez-vous":
/// the hour or the day of the caller's own appointment named as a noun ("je voulais juste
/// checker l'heure de mon rendez-vous", "je me souviens pus de la date de mon
/// rendez-vous"), in a turn that asks for no time ([`asks_when_own`]'s exclusions). What
/// follows the possessive is the appointment itself, or anything after a word that asks
/// or recalls ("checker la date de mon nettoyage"), but never the caller's own time of day
/// ("à l'heure de mon dîner", "le jour de ma fête").
fn asks_own_detail(ws: &[String]) -> bool {
    const DETAIL: &[&str] = &["l'heure", "heure", "date", "jour", "journée"];
    const APPOINTMENT: &[&str] = &["rendez", "rdv", "réservation", "prochain"];
    const ASKS: &[&str] = &[
        "checker",
        "vérifier",
        "verifier",
        "savoir",
        "confirmer",
        "rappeler",
        "souviens",
        "rappelle",
        "oublié",
        "connaître",
        "quoi",
        "quelle",
        "c'était",
    ];
    const OWN_TIME: &[&str] = &[
        "dîner",
        "diner",
        "lunch",
        "souper",
        "déjeuner",
        "pause",
        "break",
        "travail",
        "shift",
        "quart",
        "cours",
        "école",
        "fête",
        "anniversaire",
        "congé",
        "paie",
        "paye",
    ];
    let asks = ws.iter().any(|w| ASKS.contains(&w.as_str()));
    ws.windows(4).any(|w| {
        DETAIL.contains(&w[0].as_str())
            && w[1] == "de"
            && matches!(w[2].as_str(), "mon" | "ma" | "mes")
            && (APPOINTMENT.contains(&w[3].as_str()) || asks)
            && !OWN_TIME.contains(&w[3].as_str())
    }) && !asks_for_times(ws)
        && !books(ws)
}

/// Whether a turn asks to book or for free times: "prendre", "réserver", "avez-vous",
/// "de la place", "libre".
fn books(ws: &[String]) -> bool {
    let bare: Vec<String> = ws.iter().map(|w| unelided(w).to_owned()).collect();
    any_phrase(
        &bare,
        &[
            "prendre",
            "réserver",
            "booker",
            "fixer",
            "avoir",
            "vous avez",
            "avez vous",
            "de la place",
            "disponible",
            "libre",
        ],
    )
}

/// Whether a turn says where an appointment goes relative to itself: "plus tôt dans la
/// journée", "une heure plus tard", "une semaine plus tard".
fn moves_by(ws: &[String]) -> bool {
    crate::relative::same_day(ws).is_some()
        || crate::relative::shift_minutes(ws).is_some()
        || crate::relative::week_step(ws).is_some()
}

/// `w` without an elided article or pronoun glued before it ("d'annuler" → "annuler",
/// "l'annuler" → "annuler"); other words as they are.
pub(crate) fn unelided(w: &str) -> &str {
    match w.split_once('\'') {
        Some(("d" | "l" | "j" | "m" | "n" | "s" | "t" | "qu", rest)) => rest,
        _ => w,
    }
}

/// "que je change l'heure de mon rendez-vous", "changer la date", "modifier ma
/// réservation": a form of changer/modifier with the appointment or its time as its
/// object ([`super::verb_then_object`]).
fn changes_appointment(ws: &[String]) -> bool {
    super::verb_then_object(
        ws,
        &[
            "change",
            "changer",
            "changes",
            "changez",
            "changiez",
            "changé",
            "modifie",
            "modifier",
            "modifiez",
            "modifiiez",
            "modifié",
        ],
        &[
            "rendez",
            "rdv",
            "réservation",
            "l'heure",
            "heure",
            "date",
            "jour",
            "journée",
        ],
    )
}

/// "que je change mon examen de mardi pour jeudi", "changer ma coupe de lundi à
/// mercredi": a form of changer with the caller's own booking (a possessive, whatever
/// it names: a service) and the day it stands on after "de", then where it goes.
fn changes_own_dated(ws: &[String]) -> bool {
    const CHANGE: &[&str] = &["change", "changer", "changes", "changez", "changiez"];
    let Some(v) = ws.iter().position(|w| CHANGE.contains(&w.as_str())) else {
        return false;
    };
    let rest = &ws[v + 1..];
    let own = rest
        .iter()
        .take(2)
        .any(|w| matches!(w.as_str(), "mon" | "ma" | "mes"));
    let from_day = rest
        .windows(2)
        .position(|p| p[0] == "de" && crate::exclude::weekday(&p[1]).is_some());
    own && from_day.is_some_and(|d| rest[d + 2..].iter().any(|w| MOVE_TO.contains(&w.as_str())))
}

/// "de jeudi à vendredi", "pour vendredi", "au lundi": what leads to the new time of a
/// move ([`super::move_to_words`]).
pub(super) const MOVE_TO: &[&str] = &["à", "pour", "au"];

/// "le numéro d'où j'appelle", "le même numéro", "ce numéro-ci".
pub(super) fn means_caller_id(ws: &[String]) -> bool {
    any_phrase(
        ws,
        &[
            "d'où j'appelle",
            "d'où je vous appelle",
            "d'où j'appelle présentement",
            "même numéro",
            "ce numéro",
            "ce téléphone",
            "celui d'où",
            "l'afficheur",
        ],
    )
}

/// "le plus tôt possible", "l'heure la plus proche", "la première heure libre".
pub(super) fn wants_earliest(ws: &[String]) -> bool {
    any_phrase(
        ws,
        &[
            "plus tôt possible",
            "plus vite possible",
            "la plus proche",
            "première heure",
            "première disponibilité",
            "premier disponible",
            "n'importe quand",
            "n'importe quel jour",
            "peu importe le jour",
            "peu importe quand",
        ],
    )
}

/// "pardon?", "vous pouvez répéter?", "j'ai pas compris".
pub(super) fn wants_repeat(ws: &[String]) -> bool {
    let whole: &[&[&str]] = &[
        &["quoi"],
        &["hein"],
        &["comment"],
        &["excusez"],
        &["excusez", "moi"],
    ];
    whole
        .iter()
        .any(|w| w.len() == ws.len() && w.iter().zip(ws).all(|(a, b)| a == b))
        || asks_what_was_said(ws)
        || any_phrase(
            ws,
            &[
                "répéter",
                "répétez",
                "redire",
                "pas compris",
                "pas entendu",
                "pas saisi",
                "vous coupez",
                // "c'est qui?", "qui parle?": the last prompt says who is calling.
                "c'est qui",
                "qui parle",
                "vous êtes qui",
                "qui est à l'appareil",
                "c'est pour quoi",
            ],
        )
}

/// "Vous dites?", "hein, vous avez dit quoi?", "pardon, qu'est-ce que vous dites?": the
/// caller asks what the agent just said, as a whole turn (after fillers), so "comme vous
/// dites, mardi" or "vous dites mardi à 10 h?" are no such question.
fn asks_what_was_said(ws: &[String]) -> bool {
    const LEAD: &[&str] = &["hein", "pardon", "excusez", "euh", "quoi", "comment", "oui"];
    const ASKS: &[&[&str]] = &[
        &["vous", "dites"],
        &["vous", "dites", "quoi"],
        &["vous", "avez", "dit"],
        &["vous", "avez", "dit", "quoi"],
        &["qu'est", "ce", "que", "vous", "dites"],
        &["qu'est", "ce", "que", "vous", "avez", "dit"],
        &["qu'est", "ce", "vous", "dites"],
        &["qu'est", "ce", "vous", "avez", "dit"],
    ];
    // Cheap prefilter: every form holds "dites" or "dit".
    if !ws.iter().any(|w| matches!(w.as_str(), "dites" | "dit")) {
        return false;
    }
    let rest = &ws[ws.iter().take_while(|w| LEAD.contains(&w.as_str())).count()..];
    ASKS.iter()
        .any(|a| a.len() == rest.len() && a.iter().zip(rest).all(|(x, y)| x == y))
}

/// "C'est-tu un robot?", "êtes-vous une machine?", "est-ce automatisé?": a question
/// about what answers the phone ([`super::asks_who_answers`]). "Une vraie personne" is a
/// request for one ([`wants_person`]), not such a question, unless asked as one
/// ("êtes-vous une vraie personne?": `who_answers_at` in the parent module).
pub(super) fn asks_who_answers(ws: &[String]) -> bool {
    any_phrase(
        ws,
        &[
            "un robot",
            "un bot",
            "une machine",
            "automatisé",
            "automatisée",
            "intelligence artificielle",
        ],
    )
}

/// "un instant", "laissez-moi réfléchir", a turn of only "euh", "ben".
pub(super) fn stalls(ws: &[String]) -> bool {
    const FILLERS: &[&str] = &[
        "euh", "heu", "hum", "ben", "bon", "ah", "attendez", "attends", "là",
    ];
    const THINKING: &[&str] = &["euh", "heu", "hum", "attendez", "attends"];
    if !ws.is_empty()
        && ws.iter().all(|w| FILLERS.contains(&w.as_str()))
        && ws.iter().any(|w| THINKING.contains(&w.as_str()))
    {
        return true;
    }
    any_phrase(
        ws,
        &[
            "un instant",
            "une seconde",
            "deux secondes",
            "un moment",
            "une minute",
            "laissez moi",
            "laisse moi",
            "je réfléchis",
            "je regarde",
            "je vérifie",
            "petite seconde",
            "petit instant",
            "petit moment",
            "attendez un peu",
            "attends un peu",
            "bougez pas",
            "bouge pas",
        ],
    ) || (ws.len() == 1 && ws[0] == "minute")
}

/// "oui, mais ...", "plutôt ...": an answer that wants a change.
pub(super) fn hedges(ws: &[String]) -> bool {
    any_phrase(
        ws,
        &["mais", "plutôt", "changer", "différent", "différente"],
    )
}

/// "j'aime mieux pas le donner", "je préfère pas": a refusal to answer.
pub(super) fn refuses(ws: &[String]) -> bool {
    any_phrase(
        ws,
        &[
            // "j'aime mieux pas": the elided pronoun stays on its word.
            "j'aime mieux pas",
            "aime mieux pas",
            "j'aimerais mieux pas",
            "préfère pas",
            "préférerais pas",
            "préfère ne pas",
            "veux pas",
            "sais pas",
            "pas le donner",
        ],
    )
}

/// "Pourquoi vous avez besoin de mon nom?", "c'est pour quoi?", "c'est obligatoire?":
/// the French of `asks_why_needed`'s question; whether it is about what was asked is
/// judged there.
pub(super) fn asks_why(ws: &[String]) -> bool {
    any_phrase(
        ws,
        &[
            "pourquoi",
            "c'est pour quoi",
            "à quoi ça sert",
            "à quoi ça vous sert",
            "est-ce nécessaire",
            "c'est nécessaire",
            "c'est obligatoire",
            "est-ce obligatoire",
            "vraiment besoin",
        ],
    ) && !any_phrase(ws, &["pourquoi pas"])
}

/// "la première", "le deuxième", "la 2e", "la dernière": an offer by position, said of
/// "l'heure" or "le choix", so either gender. Only asked while times are offered, so
/// "le premier" alone is the first of them here, not the 1st of the month (SPEC-fr
/// §5.5 reads it so where no offer is pending); "le premier avril" stays a date.
pub(super) fn offer_index(ws: &[String], n: usize) -> Option<usize> {
    let first_said =
        any_phrase(ws, &["le premier", "le 1er"]) && !any_phrase(ws, &crate::prompts::fr::MONTHS);
    if first_said || any_phrase(ws, &["la première", "la 1re", "la plus tôt"]) {
        return Some(0);
    }
    // "la deuxième", "le 2e": an ordinal after either article.
    let ordinal = |words: &[&str]| {
        ws.windows(2).any(|pair| {
            matches!(pair[0].as_str(), "la" | "le")
                && words.iter().any(|w| super::words_at(&pair[1..], w))
        })
    };
    if ordinal(&["deuxième", "seconde", "second", "2e", "2ème"])
        || any_phrase(ws, &["celle du milieu", "celui du milieu"])
    {
        return Some(1.min(n - 1));
    }
    if ordinal(&["troisième", "3e", "3ème"]) {
        return Some(2.min(n - 1));
    }
    if ordinal(&["dernière", "dernier"]) || any_phrase(ws, &["la plus tard"]) {
        return Some(n - 1);
    }
    None
}

/// "le deuxième", "mon deuxième rendez-vous", "le dernier": one of the caller's
/// appointments by position ([`super::appointment_position`]), the masculine of
/// [`offer_index`] ("le rendez-vous"). "le premier" alone is a date (the 1st, SPEC
/// §5.5), so the first is "le premier des deux" or "mon premier rendez-vous".
pub(super) fn appointment_position(ws: &[String]) -> Option<u8> {
    if any_phrase(ws, &["premier des", "premier rendez-vous"]) {
        return Some(0);
    }
    if any_phrase(
        ws,
        &[
            "le deuxième",
            "mon deuxième",
            "deuxième rendez-vous",
            "le second",
            "mon second",
            "second rendez-vous",
        ],
    ) {
        return Some(1);
    }
    if any_phrase(
        ws,
        &["le troisième", "mon troisième", "troisième rendez-vous"],
    ) {
        return Some(2);
    }
    if any_phrase(ws, &["le dernier", "mon dernier", "dernier rendez-vous"]) {
        return Some(u8::MAX);
    }
    None
}

/// "plus tard?", "avez-vous plus tôt?", "aucune de celles-là", "d'autres heures?":
/// other times than those offered (`super::pages`). "La plus tôt" and "la plus tard"
/// pick an offer, and "le plus tôt possible" asks for the earliest: neither pages.
pub(super) fn pages(ws: &[String]) -> Option<super::Page> {
    use super::Page;
    let picks = |w: &str| {
        ws.windows(3).any(|t| {
            matches!(t[0].as_str(), "la" | "le")
                && t[1] == "plus"
                && (t[2] == w || t[2] == "vite" && w == "tôt")
        }) || any_phrase(ws, &["plus tôt possible", "plus vite possible"])
    };
    if any_phrase(
        ws,
        &[
            "plus tôt",
            "plus vite",
            "avant ça",
            "avant celle-là",
            "avant ces heures",
        ],
    ) && !picks("tôt")
    {
        return Some(Page::Earlier);
    }
    if any_phrase(
        ws,
        &[
            "plus tard",
            "après ça",
            "après celle-là",
            "après ces heures",
        ],
    ) && !picks("tard")
    {
        return Some(Page::Later);
    }
    any_phrase(
        ws,
        &[
            "autre chose",
            "d'autres heures",
            "d'autres disponibilités",
            "d'autres plages",
            "d'autres choix",
            "une autre heure",
            "autres heures",
            "rien d'autre",
            "quoi d'autre",
            // "qu'est-ce que vous avez d'autre?", "avez-vous d'autre chose?"
            "vous avez d'autre",
            "avez vous d'autre",
            "aucune de celles-là",
            "aucune de celles",
            "aucune de ces",
            "aucune ne",
            "aucun de ces",
            "ne me conviennent pas",
            "conviennent pas",
            "marchent pas",
            "fonctionnent pas",
        ],
    )
    .then_some(Page::Later)
}

/// "quelles heures avez-vous?", "qu'est-ce que vous avez de libre?", "qu'est-ce qui
/// est disponible?": the times offered asked for again (`super::asks_for_times`, which
/// leaves "qu'est-ce que vous avez d'autre?" to [`pages`]).
pub(super) fn asks_for_times(ws: &[String]) -> bool {
    any_phrase(
        ws,
        &[
            "quelles heures",
            "quelle heure avez vous",
            "quelle heure vous avez",
            "quelles sont les heures",
            "quelles étaient les heures",
            "c'était quoi les heures",
            "c'est quoi les heures",
            "quoi comme heures",
            "quoi comme disponibilités",
            "quelles disponibilités",
            "vos disponibilités",
            "qu'est ce que vous avez",
            "qu'est ce qui est libre",
            "qu'est ce qui est disponible",
            "qu'est ce qui reste",
            "qu'est ce qu'il vous reste",
            "qu'est ce qu'il reste",
            "vous avez quoi",
            "avez vous quoi",
            "quels sont les choix",
            "quels étaient les choix",
        ],
    )
}

/// Reminder calls: "je vais être là", "j'y serai": a yes to "pourrez-vous venir?".
pub(crate) fn will_come(ws: &[String]) -> bool {
    any_phrase(
        ws,
        &[
            "vais être là",
            "serai là",
            "va être là",
            "vais y être",
            "j'y serai",
            "vais venir",
            "toujours bon",
            "marche toujours",
            "serai présent",
            "serai présente",
            "je confirme",
        ],
    )
}

/// Reminder calls: "déplacer", "un autre jour", "la repousser", "le devancer": a move.
pub(crate) fn wants_move(ws: &[String]) -> bool {
    any_phrase(
        ws,
        &[
            "déplacer",
            "changer",
            "reporter",
            "remettre",
            "repousser",
            "décaler",
            "devancer",
            "retarder",
            "repoussez",
            "décalez",
            "devancez",
            "retardez",
            "autre jour",
            "autre journée",
            "autre heure",
            "autre moment",
        ],
    )
}

/// Reminder calls: "je pourrai pas venir", "j'ai un empêchement".
pub(crate) fn cannot_come(ws: &[String]) -> bool {
    any_phrase(
        ws,
        &[
            "pourrai pas",
            "peux pas",
            "serai pas",
            "vais pas être",
            "pas capable",
            "empêchement",
            "plus besoin",
        ],
    )
}

/// A French question by its first words ("est-ce que", "combien", "où", "avez-vous").
pub(crate) fn asks(ws: &[String]) -> bool {
    const STARTS: &[&str] = &[
        "est", "combien", "où", "quand", "quel", "quelle", "quels", "quelles", "comment", "pouvez",
        "avez", "acceptez", "faites", "offrez",
    ];
    ws.first().is_some_and(|w| STARTS.contains(&w.as_str()))
        && !any_phrase(
            ws,
            &["c'est beau", "c'est correct", "c'est ça", "c'est parfait"],
        )
        || any_phrase(ws, &["est ce que vous", "je me demandais", "y a t il"])
}

/// "Combien de temps ça dure?": the length of a service.
pub(crate) fn asks_duration(ws: &[String]) -> bool {
    any_phrase(
        ws,
        &[
            "combien de temps",
            "ça dure",
            "dure combien",
            "durée",
            "ça prend combien",
        ],
    )
}

/// "Combien ça coûte?", "c'est quoi le prix": the price of a service.
pub(crate) fn asks_price(ws: &[String]) -> bool {
    any_phrase(
        ws,
        &[
            "combien", "coûte", "coûtent", "prix", "tarif", "tarifs", "frais",
        ],
    )
}

/// The French words for an English word FAQ topics are keyed by ("insurance" →
/// "assurance", "bring" → "apporter"), so that a topic of a business's own with no
/// phrases of its own in [`topic_phrases`] is asked in French too (`services.rs`). A
/// word with none gives an empty list.
pub(crate) fn topic_word(word: &str) -> &'static [&'static str] {
    match word {
        "insurance" | "insurances" | "insurers" => &["assurance", "assureur"],
        "bring" => &["apporter", "apporte", "amener", "amène"],
        "wear" => &["porter", "habiller"],
        "wheelchair" => &["fauteuil", "roulant"],
        "accessible" | "accessibility" => &["accessible", "accessibilité"],
        "referral" | "referrals" => &["référence", "prescription", "recommandation"],
        "wifi" => &["wifi", "internet"],
        "gift" => &["cadeau"],
        "card" | "cards" | "certificate" | "certificates" => &["carte", "certificat"],
        "receipt" | "receipts" => &["reçu", "facture"],
        "rental" | "rent" => &["location", "louer"],
        "prepare" | "preparation" => &["préparer", "préparation"],
        // "Faites-vous l'entreposage des pneus?", "vous les entreposez?".
        "storage" | "store" => &["entreposage", "entrepose"],
        // "Avez-vous une voiture de courtoisie?", "un char de remplacement".
        "loaner" | "loaners" | "courtesy" => &["courtoisie", "remplacement"],
        // "Vendez-vous des produits pour les cheveux?".
        "product" | "products" => &["produit", "produits"],
        // "Faut-tu faire un test d'allergie?", "je suis allergique".
        "allergy" | "allergies" | "allergic" => &["allergie", "allergies", "allergique"],
        // "Est-ce que vous dilatez les pupilles?", "la dilatation, c'est-tu obligatoire?".
        "dilation" | "dilate" | "dilating" | "dilated" => &["dilate", "dilaté", "dilatation"],
        // "Avez-vous des montures pour enfants?".
        "frames" | "frame" => &["monture"],
        "kids" | "kid" | "children" | "child" => &["enfant", "enfants"],
        "pets" | "pet" | "animals" => &["animal", "animaux"],
        "new" => &["nouveau", "nouveaux", "nouvelle", "nouvelles"],
        "patients" | "patient" | "clients" | "client" => &["patients", "clients", "patient"],
        _ => &[],
    }
}

/// French phrases that ask about a FAQ topic (the topics of `[faq]`).
pub(crate) fn topic_phrases(topic: &str) -> &'static [&'static str] {
    match topic {
        "address" | "location" | "directions" => &[
            "adresse",
            "où êtes vous",
            "où vous êtes",
            "vous êtes où",
            "c'est où",
            "où est ce que",
            "situé",
            "situés",
            "se rendre",
            "vous trouver",
        ],
        "parking" => &["stationnement", "stationner", "me stationner", "parking"],
        "payment" | "payments" => &[
            "payer",
            "paiement",
            "carte de crédit",
            "débit",
            "comptant",
            "assurance",
            "facturation directe",
            "cartes",
            // Cards named, elided as speech-to-text writes them ("prenez-vous
            // l'Interac?"); "Visa", "Amex" are the English topic's words.
            "l'interac",
            "virement",
            "l'american express",
            "l'amex",
            "carte de crédit",
            "carte visa",
        ],
        "walk_ins" | "walk_in" | "walkins" => &[
            "sans rendez vous",
            "sans prendre rendez vous",
            "sans prendre de rendez vous",
            "sans réservation",
        ],
        "what_to_bring" | "what_to_wear" => &[
            "m'habiller",
            "m'habille",
            "habiller",
            "habillé",
            "porter",
            "vêtements",
        ],
        "preparation" | "prep" | "how_to_prepare" => &[
            "me préparer",
            "préparer",
            "à jeun",
            "manger avant",
            "quelque chose avant",
        ],
        "cancellation" | "cancellation_policy" | "cancellations" => &[
            "politique d'annulation",
            "frais d'annulation",
            "annulation",
            "si je ne viens pas",
        ],
        _ => &[],
    }
}

#[cfg(test)]
mod tests {
    use super::super::words;
    use super::*;

    #[test]
    fn the_last_request_after_a_change_of_mind_wins() {
        let d = |t: &str| detect(&words(t));
        // A cue with nothing asked after it ("plutôt à vendredi") gives way to the
        // one before it.
        assert_eq!(
            d("Annulez mon rendez-vous de mardi. Non attendez, déplacez-le plutôt à vendredi 9 h."),
            Some(Intent::Reschedule)
        );
        assert_eq!(
            d("Je voulais le déplacer, non finalement annulez-le donc."),
            Some(Intent::Cancel)
        );
        assert_eq!(
            d("Je voudrais annuler mon rendez-vous de jeudi."),
            Some(Intent::Cancel)
        );
        assert_eq!(
            d("Je voudrais annuler celui de jeudi. Ah non, mettez-le donc à vendredi 11 h plutôt."),
            Some(Intent::Reschedule)
        );
        for t in [
            "Je voudrais checker mes rendez-vous.",
            "Je veux juste checker mon rendez-vous de jeudi.",
        ] {
            assert_eq!(d(t), Some(Intent::Check), "{t}");
        }
        assert_eq!(
            d("Pouvez-vous checker vos disponibilités pour lundi?"),
            Some(Intent::Book)
        );
    }

    #[test]
    fn whether_the_callers_own_still_holds_is_a_check() {
        let d = |t: &str| detect(&words(t));
        for t in [
            "Bonjour, je voulais savoir si mon rendez-vous de mardi tient toujours.",
            "Mon rendez-vous de lundi tient-tu toujours?",
            "Je veux juste voir si mon rendez-vous est encore à 10 h.",
        ] {
            assert_eq!(d(t), Some(Intent::Check), "{t}");
        }
        for t in [
            "Je voulais savoir si mon rendez-vous de mardi, vous pourriez le déplacer à jeudi.",
            "Je voulais savoir si vous aviez de la place mardi.",
        ] {
            assert_ne!(d(t), Some(Intent::Check), "{t}");
        }
    }

    #[test]
    fn a_call_back_promised_ends_the_call() {
        for t in [
            "Ah, je vais vérifier avec ma blonde pis je vous rappelle.",
            "Je vous rappelle plus tard, merci.",
            "Laissez-moi y penser, je vais vous rappeler.",
            "Je vais checker ça pis je vous reviens là-dessus.",
        ] {
            assert!(wants_to_quit(&words(t)), "{t}");
        }
        for t in [
            "Bonjour, je vous rappelle pour mon rendez-vous de jeudi.",
            "Je vous rappelle que j'ai déjà un rendez-vous lundi.",
        ] {
            assert!(!wants_to_quit(&words(t)), "{t}");
        }
    }

    #[test]
    fn the_day_or_hour_asked_of_one_the_caller_has_is_a_check() {
        let d = |t: &str| detect(&words(t));
        for t in [
            "J'ai un rendez-vous avec l'optométriste, mais j'ai perdu mon papier. C'est quand, déjà?",
            "J'ai rendez-vous chez vous cette semaine, c'est à quelle heure?",
            "J'ai déjà un rendez-vous, mais je me souviens pus quel jour.",
        ] {
            assert_eq!(d(t), Some(Intent::Check), "{t}");
        }
        for t in [
            "J'ai un rendez-vous à prendre, c'est quand que vous avez de la place?",
            "J'ai un rendez-vous à prendre pour mon fils.",
        ] {
            assert_eq!(d(t), Some(Intent::Book), "{t}");
        }
    }

    #[test]
    fn cancels_moves_and_checks_said_without_the_usual_verb() {
        let d = |t: &str| detect(&words(t));
        for t in [
            "Pouvez-vous m'enlever de l'horaire mardi? J'ai un empêchement.",
            "J'aurai pas besoin de mon rendez-vous de lundi finalement.",
            "Effacez mon rendez-vous de jeudi, s'il vous plaît.",
        ] {
            assert_eq!(d(t), Some(Intent::Cancel), "{t}");
        }
        for t in [
            "J'voudrais rebooker mon rendez-vous de demain pour jeudi à 13 h.",
            "J'ai deux rendez-vous, j'aimerais remettre celui de vendredi à lundi.",
            "Pour mon rendez-vous, au lieu de mardi, ça serait-tu possible mercredi?",
        ] {
            assert_eq!(d(t), Some(Intent::Reschedule), "{t}");
        }
        // Asked of its new time on its own day: no check here, and the move is read
        // before the French words (`super::detect`).
        let t = "Mon rendez-vous est jeudi à 15 h, c'est-tu possible de l'avoir plus tôt dans la journée?";
        assert_ne!(d(t), Some(Intent::Check), "{t}");
        assert_eq!(
            super::super::detect(&words(t)),
            Some(Intent::Reschedule),
            "{t}"
        );
        assert_eq!(
            d("Je voudrais juste checker si j'ai toujours un rendez-vous lundi."),
            Some(Intent::Check)
        );
        // Not the caller's own appointment: a booking.
        assert_eq!(
            d("J'ai besoin d'un rendez-vous pour enlever un plombage."),
            Some(Intent::Book)
        );
        assert_eq!(
            d("Mon rendez-vous de mardi, c'est-tu à 10 h?"),
            Some(Intent::Check)
        );
    }

    #[test]
    fn french_phrases() {
        let w = |t: &str| words(t);
        assert!(wants_person(&w(
            "Est-ce que je pourrais parler à quelqu'un, s'il vous plaît?"
        )));
        assert!(wants_to_quit(&w("Ah, laissez faire, je vais rappeler.")));
        // probe19 f03: a day let go of is no goodbye; the call or a booking is.
        assert!(!wants_to_quit(&w(
            "Laissez faire jeudi, mettez-moi vendredi à 10 h."
        )));
        assert!(!wants_to_quit(&w(
            "Laisse faire le matin, l'après-midi c'est mieux."
        )));
        assert!(!wants_to_quit(&w(
            "laissez faire 10 h, 11 h ce serait mieux"
        )));
        assert!(wants_to_quit(&w("Laissez faire le rendez-vous.")));
        assert!(wants_to_quit(&w("Ah, laissez faire.")));
        assert!(wants_to_quit(&w("Laissez faire ce rendez-vous, merci.")));
        for t in [
            "Oui bonjour, je voudrais parler à Dre Tremblay.",
            "Je peux-tu parler au gérant?",
        ] {
            assert!(wants_person(&w(t)), "{t}");
        }
        assert!(!wants_person(&w(
            "C'est pour un rendez-vous avec la Dre Tremblay."
        )));
        assert_eq!(
            detect(&w("Je voudrais annuler mon rendez-vous.")),
            Some(Intent::Cancel)
        );
        assert_eq!(
            detect(&w(
                "Je voudrais annuler, euh non, en fait, déplacer mon rendez-vous de jeudi."
            )),
            Some(Intent::Reschedule)
        );
        assert_eq!(
            detect(&w(
                "Je voudrais le déplacer... non, finalement, annulez-le."
            )),
            Some(Intent::Cancel)
        );
        assert_eq!(
            detect(&w(
                "Je voudrais annuler mon rendez-vous de jeudi, non, celui de vendredi."
            )),
            Some(Intent::Cancel)
        );
        assert_eq!(
            detect(&w("Je voudrais changer l'heure de mon rendez-vous.")),
            Some(Intent::Reschedule)
        );
        // The caller's own booking named by its service, with its day and the new one.
        assert_eq!(
            detect(&w(
                "Faudrait que je change mon examen de mardi pour jeudi à 15 h."
            )),
            Some(Intent::Reschedule)
        );
        assert_ne!(
            detect(&w("Je voudrais changer ma coupe pour une coloration.")),
            Some(Intent::Reschedule)
        );
        assert_eq!(
            detect(&w("Bonjour, je voudrais prendre un rendez-vous.")),
            Some(Intent::Book)
        );
        assert_eq!(
            detect(&w("Quelles sont vos heures d'ouverture?")),
            Some(Intent::Hours)
        );
        for t in [
            "Je dois rescheduler mon rendez-vous, pouvez-vous le mettre vendredi à 10 h?",
            "Je pourrai pas y aller jeudi.",
            "Pourriez-vous me le mettre la semaine prochaine, même jour, même heure?",
            "Est-ce que vous pourriez me la tasser à lundi?",
            "Je voudrais repousser mon rendez-vous à vendredi.",
            "Mon rendez-vous de vendredi, faudrait le mettre à lundi, même heure.",
            "Est-ce que je peux mettre mon rendez-vous une heure plus tôt?",
        ] {
            assert_eq!(detect(&w(t)), Some(Intent::Reschedule), "{t}");
        }
        assert_eq!(detect(&w("Bonjour")), None);
        for t in [
            "Je voudrais checker si mon appointment c'est ben mardi.",
            "Mon appointment de jeudi, c'est-tu à 10 h?",
            "Je voulais savoir si mon appointment tient toujours.",
        ] {
            assert_eq!(detect(&w(t)), Some(Intent::Check), "{t}");
        }
        assert_eq!(
            detect(&w("Faudrait que je change mon appointment de mardi.")),
            Some(Intent::Reschedule)
        );
        for t in [
            "J'ai un rendez-vous demain pis faudrait le mettre à lundi, même heure.",
            "J'ai un rendez-vous demain, pouvez-vous le mettre à lundi?",
            "J'ai déjà un appointment jeudi, faudrait le tasser à vendredi.",
        ] {
            assert_eq!(detect(&w(t)), Some(Intent::Reschedule), "{t}");
        }
        assert_eq!(
            detect(&w(
                "J'ai un rendez-vous à prendre, pouvez-vous le mettre lundi?"
            )),
            Some(Intent::Book)
        );
        assert!(wants_person(&w("J'aimerais parler à du vrai monde.")));
        assert!(wants_person(&w(
            "Je veux pu rien savoir, passez-moi quelqu'un."
        )));
        assert!(wants_person(&w("Pouvez-vous me passer quelqu'un?")));
        assert!(means_caller_id(&w("Le numéro d'où j'appelle.")));
        assert!(refuses(&w("J'aime mieux pas le donner.")));
        assert!(refuses(&w("J'aime mieux pas le dire.")));
        for t in [
            "Pourquoi vous avez besoin de mon nom?",
            "C'est pour quoi?",
            "C'est obligatoire, le numéro?",
        ] {
            assert!(super::super::asks_why_needed(&w(t)), "{t}");
        }
        for t in [
            "Pourquoi pas.",
            "Pourquoi vous êtes fermés le vendredi?",
            "J'aime mieux pas, pourquoi vous voulez mon nom?",
        ] {
            assert!(!super::super::asks_why_needed(&w(t)), "{t}");
        }
        assert!(refuses(&w("J'aimerais mieux pas.")));
        assert!(!refuses(&w("J'aime mieux mardi.")));
        assert!(wants_repeat(&w("Pardon?")) || super::super::wants_repeat(&w("Pardon?")));
        assert!(wants_repeat(&w("Vous pouvez répéter?")));
        for t in [
            "Vous dites?",
            "Hein? Vous dites?",
            "Pardon, qu'est-ce que vous dites?",
            "Vous avez dit quoi?",
        ] {
            assert!(wants_repeat(&w(t)), "{t}");
        }
        for t in [
            "Comme vous dites, mardi à 10 h.",
            "Vous dites mardi à 10 h?",
            "Je vous dis que c'est Marc.",
        ] {
            assert!(!wants_repeat(&w(t)), "{t}");
        }
        assert!(stalls(&w("Euh...")));
        assert!(stalls(&w("Un instant, je regarde.")));
        assert!(!stalls(&w("Euh, je m'appelle Marc.")));
        for (text, at) in [
            ("la deuxième", Some(1)),
            ("Le deuxième, s'il vous plaît.", Some(1)),
            ("le 2e", Some(1)),
            ("Le troisième.", Some(2)),
            ("Le dernier choix.", Some(2)),
            ("Le premier, ça va.", Some(0)),
            ("Le premier avril.", None),
            ("Le 1er mars à 9 h.", None),
            ("Mardi à 10 h.", None),
        ] {
            assert_eq!(offer_index(&w(text), 3), at, "{text}");
        }
        assert!(wants_earliest(&w("le plus tôt possible")));
        assert!(wants_earliest(&w("N'importe quel jour sauf jeudi.")));
        assert!(!wants_earliest(&w("Quel jour vous convient?")));
        assert!(will_come(&w("Oui, je vais être là.")));
        assert!(cannot_come(&w("Non, je pourrai pas venir.")));
        assert!(wants_move(&w("Est-ce qu'on peut le déplacer?")));
        assert!(asks(&w("Est-ce que vous avez du stationnement")));
        assert!(!asks(&w("C'est beau")));
        assert!(topic_phrases("parking").contains(&"stationnement"));
        assert!(asks_duration(&w("Ça dure combien de temps?")));
        assert!(asks_price(&w("Combien ça coûte?")));
        for t in [
            "Je voudrais vérifier mes rendez-vous.",
            "C'est à quelle heure mon rendez-vous jeudi?",
            "C'est quand mes rendez-vous?",
            "J'ai-tu un rendez-vous cette semaine?",
            "Est-ce que j'ai un rendez-vous demain?",
            "Mon rendez-vous de la semaine prochaine, c'est-tu à 10 h ou à 11 h?",
            "Mon rendez-vous est bien mardi?",
            "Est-ce que mon rendez-vous est à 11 h?",
            // The hour or the day asked, in any order, of the caller's own.
            "À quelle heure que c'est, mon rendez-vous de lundi?",
            "Quel jour, déjà, mon rendez-vous?",
            "Mon rendez-vous, c'était quand, donc?",
            "Quand c'est, mon prochain rendez-vous?",
            // Its hour or day named as a noun (probe round 27, c-m05).
            "Je voulais juste checker l'heure de mon rendez-vous de mardi.",
            "Pouvez-vous me rappeler la date de mon rendez-vous?",
            "C'est quoi l'heure de mon rendez-vous de jeudi, déjà?",
            "J'appelle pour confirmer l'heure de mon rendez-vous.",
            "Je me souviens pus de l'heure de mon rendez-vous.",
            "Je voulais checker la journée de mon nettoyage, je l'ai perdue.",
        ] {
            assert_eq!(detect(&w(t)), Some(Intent::Check), "{t}");
        }
        // The caller's own time of day, or a time asked for: a booking.
        for t in [
            "Je voudrais un rendez-vous à l'heure de mon dîner.",
            "Un rendez-vous le jour de ma fête, mettons.",
            "Je voudrais un rendez-vous la journée de mon congé.",
            "Avez-vous de la place le jour de mon rendez-vous chez le médecin?",
        ] {
            assert_eq!(detect(&w(t)), Some(Intent::Book), "{t}");
        }
        for t in [
            "J'ai un rendez-vous à prendre.",
            "J'aimerais avoir un rendez-vous.",
            "Un rendez-vous jeudi, pouvez-vous me le mettre à 10 h?",
            // When to take one: a booking.
            "Quand est-ce que je pourrais prendre mon rendez-vous?",
            "À quelle heure je pourrais avoir mon rendez-vous jeudi?",
            "Quand est-ce que vous avez de la place pour mon rendez-vous annuel?",
        ] {
            assert_eq!(detect(&w(t)), Some(Intent::Book), "{t}");
        }
        // The caller's own diary: a stall, no check.
        for t in [
            "Attendez, laissez-moi vérifier mon agenda.",
            "Je vais checker mon calendrier.",
        ] {
            assert_eq!(detect(&w(t)), None, "{t}");
            assert!(stalls(&w(t)) || t.starts_with("Je vais"), "{t}");
        }
        assert_eq!(
            detect(&w(
                "Je voudrais vérifier mon rendez-vous dans votre agenda."
            )),
            Some(Intent::Check)
        );
        for t in [
            "C'est qui?",
            "Euh, qui parle?",
            "Pardon, vous êtes qui?",
            "C'est pour quoi déjà?",
        ] {
            assert!(wants_repeat(&w(t)), "{t}");
            assert_eq!(detect(&w(t)), None, "{t}");
        }
        assert_eq!(detect(&w("C'est pour un rendez-vous.")), Some(Intent::Book));
        assert!(!wants_repeat(&w("Je voudrais parler à quelqu'un.")));
    }

    #[test]
    fn french_paging() {
        use super::super::Page;
        for t in [
            "plus tard?",
            "quelque chose de plus tard",
            "aucune de celles-là",
            "autre chose?",
            "d'autres heures?",
            "Ces heures-là ne me conviennent pas.",
        ] {
            assert_eq!(pages(&words(t)), Some(Page::Later), "{t}");
        }
        for t in [
            "avez-vous plus tôt?",
            "plus tôt dans la journée",
            "un peu plus tôt",
        ] {
            assert_eq!(pages(&words(t)), Some(Page::Earlier), "{t}");
        }
        for t in [
            "la plus tôt",
            "la plus tard",
            "le plus tôt possible",
            "le plus vite possible",
            "oui",
        ] {
            assert_eq!(pages(&words(t)), None, "{t}");
        }
    }
}
