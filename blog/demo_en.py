"""The demo's English for the blogs section, as an editor would translate it in wagtail-localize's editor
(Dutch string -> English string)."""

ENGLISH = {
    "Nederlands Jeugdinstituut": "Netherlands Youth Institute",
    "Senior adviseur en onderzoeker": "Senior adviser and researcher",
    "Karlijn is orthopedagoog en promoveerde op de invoering van interventies in de jeugdzorg. Als senior adviseur en onderzoeker bij "
    "het Nederlands Jeugdinstituut zet ze zich in voor vakmanschap: ze leidt projecten over professionalisering, richtlijnen, "
    "bijscholing, hulpmiddelen voor professionals en beroepscompetenties.": (
        "Karlijn is a remedial educationalist and wrote her PhD on introducing interventions in youth care. As a senior adviser and "
        "researcher at the Netherlands Youth Institute she works for professional craftsmanship: she leads projects on professional "
        "development, guidelines, further training, tools for professionals and professional competences."
    ),
    "Blogs": "Blogs",
    "blogs": "blogs",
    "Blogs over toezicht, professionalisering en innovatie, met reacties van leden.": (
        "Blogs about supervision, professional development and innovation, with comments from members."
    ),
    "Toezichthouders, onderzoekers en adviseurs schrijven over hun vak. Lees mee en praat mee.": (
        "Inspectors, researchers and advisers write about their work. Read along and join the discussion."
    ),
    "Professionele ruimte: voed ook het gemeentebestuur op": "Professional space: the municipal board needs to learn too",
    "professionele-ruimte-voed-ook-het-gemeentebestuur-op": "professional-space-the-municipal-board-needs-to-learn-too",
    "Professionals moeten van fouten mogen leren. Dan moet het gemeentebestuur die fouten ook willen zien.": (
        "Professionals must be allowed to learn from mistakes. Then the municipal board must be willing to see those mistakes."
    ),
    "Getekende mensen in een kring rond een tafel, met tekstballonnen boven hen: een werksessie waarin iedereen aan het woord komt": (
        "Drawn people in a circle around a table, with speech bubbles above them: a workshop where everyone gets a say"
    ),
    "Van professionals vragen we dat ze leren van fouten. Dan moet het bestuur die fouten ook willen zien.": (
        "We ask professionals to learn from their mistakes. Then the people in charge must be willing to see those mistakes."
    ),
    "Onlangs begeleidde ik een werksessie over richtlijnen en hoe ze professionals meer ruimte kunnen geven in plaats van minder. "
    "Medewerkers van wijkteams en jeugdhulporganisaties leerden van elkaar, en twee moeders vertelden wat goede samenwerking met ouders "
    "vraagt. Een inspirerende middag, maar één zin bleef hangen: 'Onze burgemeester wil geen fouten zien.'": (
        "I recently led a workshop on guidelines and how they can give professionals more room rather than less. Staff of neighbourhood "
        "teams and youth care organisations learned from each other, and two mothers told us what good cooperation with parents takes. "
        "An inspiring afternoon, but one sentence stayed with me: 'Our mayor does not want to see any mistakes.'"
    ),
    "Wat we van professionals vragen": "What we ask of professionals",
    "We vragen veel van professionals in jeugdhulp en jeugdbescherming. Ze moeten zich registreren, richtlijnen toepassen en blijven "
    "leren. Voor elk gezin moeten ze opnieuw afwegen wat de beste hulp is, terwijl hun organisatie, hun gemeente en hun regio volop "
    "veranderen. Wie zo moet wikken en wegen, maakt onvermijdelijk ook fouten.": (
        "We ask a lot of professionals in youth care and child protection. They must register, apply guidelines and keep learning. For "
        "every family they must weigh up again what the best help is, while their organisation, their municipality and their region "
        "are changing all around them. Anyone who has to weigh things up like that will inevitably make mistakes too."
    ),
    "Een bestuur dat fouten onder het tapijt veegt, neemt professionals de kans om ervan te leren.": (
        "A board that sweeps mistakes under the carpet takes away professionals' chance to learn from them."
    ),
    "Karlijn Stals": "Karlijn Stals",
    "Openstaan voor het gesprek": "Being open to the conversation",
    "De transformatie van het jeugdstelsel biedt gelukkig veel ruimte voor vernieuwing. Maar zijn we eerlijk over de resultaten? "
    "Gemeenten lijken positiever over de wijkteams dan cliënten en zorgaanbieders. Is dat omdat het echt goed gaat, of omdat niemand de "
    "fouten wil zien? Professionals hebben een bestuur nodig dat het gesprek aangaat.": (
        "Fortunately the transformation of the youth care system leaves plenty of room for renewal. But are we honest about the "
        "results? Municipalities seem more positive about the neighbourhood teams than clients and care providers. Is that because "
        "things really go well, or because nobody wants to see the mistakes? Professionals need a board that is willing to talk."
    ),
    "Geef professionals ruimte": "Give professionals room",
    "Hoe kun je als professional bijdragen aan verandering als je niet mag uitproberen wat werkt, samen met ouders en kinderen? Als we "
    "willen dat hulpverleners hun professionele ruimte nemen, moeten we hen die ruimte ook geven: niet afrekenen op kleine misstappen, "
    "wel vragen wat ze ervan geleerd hebben.": (
        "How can you as a professional contribute to change if you may not try out what works, together with parents and children? If "
        "we want social workers to use their professional room, we must give them that room: do not punish small missteps, ask what "
        "they learned from them."
    ),
    "Deel je goede voorbeelden van 'fouten'": "Share your good examples of 'mistakes'",
    "Ik verzamel verhalen over fouten waar iets van geleerd is. Steunde het bestuur van je gemeente of je organisatie je toen het "
    "misging? Wat was het probleem, hoe is het opgelost en wat heb je ervan geleerd? Laat het weten in een reactie.": (
        "I am collecting stories about mistakes that taught us something. Did the board of your municipality or organisation support "
        "you when things went wrong? What was the problem, how was it solved and what did you learn? Let me know in a comment."
    ),
}
