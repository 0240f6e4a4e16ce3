//! Word lists of the French name rules (folded keys: lowercase, no accents, no
//! apostrophes).

/// Titles dropped before a name (SPEC §5.4).
pub(super) const TITLES: &[&str] = &[
    "monsieur", "madame", "mademoiselle", "m", "mme", "mlle", "docteur", "docteure", "dr",
    "dre", "maitre", "me",
];

/// Fillers dropped anywhere before a name ("euh", "ben", "bon", "là", "genre").
pub(super) const FILLERS: &[&str] = &["euh", "heu", "ben", "bon", "la", "genre", "hum", "alors"];

/// Acknowledgements and greetings that may open a turn before a cue or a bare name.
pub(super) const OPENERS: &[&str] = &[
    "oui", "ouais", "ok", "okay", "correct", "daccord", "bonjour", "bonsoir", "allo", "salut",
    "hi", "hello", "euh", "ben", "bon", "alors", "moi", "d", "accord", "yes", "parfait",
];

/// Words that correct a name just said ("Marc, non excusez, Marc-André").
pub(super) const CORRECTIONS: &[&str] = &[
    "non", "pardon", "excusez", "excuse", "desole", "desolee", "plutot", "oups", "attendez",
];

/// Particles kept lower case inside a name ("Louis de Grandpré").
pub(super) const LOWER_PARTICLES: &[&str] = &["de", "du", "des"];

/// Particles written with a capital inside a name ("Jean de La Fontaine").
pub(super) const UPPER_PARTICLES: &[&str] = &["le", "la"];

/// Words that are never part of a caller's name.
pub(super) const STOPWORDS: &[&str] = &[
    // Function words.
    "le", "la", "les", "l", "un", "une", "des", "de", "du", "d", "au", "aux", "a", "et", "ou",
    "pis", "puis", "mais", "donc", "car", "ni", "que", "qu", "qui", "quoi", "dont", "ce", "cet",
    "cette", "ces", "c", "ca", "cela", "ceci", "se", "s", "sa", "son", "ses", "ma", "mon",
    "mes", "ta", "ton", "tes", "notre", "nos", "votre", "vos", "leur", "leurs", "je", "j",
    "tu", "il", "ils", "elle", "elles", "on", "nous", "vous", "me", "m", "moi", "te", "t",
    "toi", "lui", "eux", "y", "en", "ne", "n", "pas", "plus", "tres", "trop", "bien", "mal",
    "si", "sil", "pour", "par", "avec", "sans", "sur", "sous", "dans", "chez", "vers",
    "entre", "avant", "apres", "depuis", "pendant", "comme", "aussi", "encore", "juste",
    "tout", "tous", "toute", "toutes", "meme", "autre", "quel", "quelle", "quand", "comment",
    "combien", "pourquoi", "ou", "ici", "icitte", "voici", "voila",
    // Verbs.
    "est", "suis", "es", "sont", "etes", "sommes", "etre", "ai", "as", "avons", "avez", "ont",
    "avoir", "ete", "fait", "faire", "va", "vais", "vas", "allons", "allez", "vont", "veux",
    "veut", "voulais", "voudrais", "voudrait", "aimerais", "aimerait", "pourrais", "pourrait",
    "peux", "peut", "serait", "sera", "seras", "appelle", "appelez", "appeler", "rappeler",
    "prendre", "avoir", "besoin", "sais", "pense", "crois", "vient", "viens", "venir",
    "mettre", "mettez", "mets", "donner", "annuler", "changer", "deplacer", "reserver",
    "parler", "attendez", "attends", "excusez", "dire", "dit",
    // Answers and politeness.
    "oui", "ouais", "ouin", "non", "ok", "okay", "merci", "bonjour", "bonsoir", "salut",
    "allo", "plait", "svp", "daccord", "accord", "pardon", "desole", "desolee", "euh", "ben",
    "bon", "genre", "hum", "yes", "no", "hi", "hello",
    // Adjectives heard after "c'est" / "je suis".
    "correct", "parfait", "parfaite", "beau", "belle", "exact", "exacte", "certain",
    "certaine", "possible", "impossible", "urgent", "urgente", "important", "super",
    "genial", "excellent", "vrai", "sur", "sure", "clair", "pareil", "fini", "regle",
    "note", "disponible", "disponibles", "libre", "libres", "occupe", "occupee", "pret",
    "prete", "content", "contente", "malade", "nouveau", "nouvelle", "client", "cliente",
    "patient", "patiente", "retard", "mieux", "pire", "dommage", "gentil", "gentille",
    "seul", "seule", "rendu", "rendue", "capable", "presque", "deja", "correcte",
    // Booking words.
    "rendez", "rendez-vous", "numero", "nom", "prenom", "famille", "telephone", "cell",
    "cellulaire", "courriel", "adresse", "code", "postal", "poste", "rdv", "nettoyage",
    "examen", "consultation", "coupe", "soin", "soins", "massage", "traitement", "appareil",
    "heure", "heures", "h", "minute", "minutes", "jour", "jours", "semaine", "semaines",
    "mois", "annee", "prochain", "prochaine", "matin", "matinee", "soir", "soiree", "midi",
    "minuit", "nuit", "demain", "aujourdhui", "hier", "lundi", "mardi", "mercredi", "jeudi",
    "vendredi", "samedi", "dimanche", "janvier", "fevrier", "mars", "avril", "mai", "juin",
    "juillet", "aout", "septembre", "octobre", "novembre", "decembre", "fin", "debut",
    "quelqu", "quelquun", "personne", "agent", "prepose", "preposee", "receptionniste",
    // People the caller books for.
    "fille", "fils", "mari", "femme", "mere", "pere", "enfant", "enfants", "garcon", "ami",
    "amie", "blonde", "chum", "conjoint", "conjointe", "soeur", "frere", "bebe", "grand",
    "grande", "parent", "parents", "maman", "papa",
];

/// Whether a folded key is in `list`.
pub(super) fn has(list: &[&str], key: &str) -> bool {
    list.contains(&key)
}
