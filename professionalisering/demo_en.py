"""The demo's English for the programme, its lines and results, the learning track and its teachers, as an editor
would translate it in wagtail-localize's editor (Dutch string -> English string)."""

ENGLISH = {
    # Programme
    "Programma Innovatie Toezicht": "Innovation in Supervision Programme",
    "programma-innovatie-toezicht": "innovation-in-supervision-programme",
    "Het gezamenlijke programma van de rijksinspecties voor vernieuwing van het toezicht: ambitie, aanpak en programmalijnen.": (
        "The joint programme of the Dutch government inspectorates for renewing supervision: ambition, approach and programme lines."
    ),
    "Samen sterker vernieuwen: de rijksinspecties bundelen hun krachten om het toezicht van morgen vorm te geven.": (
        "Stronger together: the Dutch government inspectorates join forces to shape tomorrow's supervision."
    ),
    "Elke inspectie vernieuwt haar eigen toezicht. Het programma zet de samenwerking tussen de rijksinspecties in om die vernieuwing te "
    "versterken: een levendig netwerk van toezichthouders dat innovatie aanjaagt en zo de maatschappelijke waarde van toezicht vergroot.": (
        "Every inspectorate renews its own supervision. The programme uses the cooperation between the inspectorates to strengthen that "
        "renewal: a lively network of supervisors that drives innovation and so adds to the public value of supervision."
    ),
    "Vernieuwen vraagt om nieuwe werkwijzen, andere professionals, ruimte om te experimenteren en lef om buiten de gebaande paden te "
    "denken. Tegelijk gaat het dagelijkse werk gewoon door: vernieuwing en beheersing moeten opnieuw in balans komen.": (
        "Renewal calls for new ways of working, different professionals, room to experiment and the courage to think outside the box. "
        "Meanwhile the daily work goes on: renewal and control have to find a new balance."
    ),
    "Een ecosysteem voor publieke innovatie.": "An ecosystem for public innovation.",
    "Ambitie van het programma": "The programme's ambition",
    "Het programma is dienstbaar aan de inspecties. Uitwisselen, van elkaar leren en, waar dat loont, samen ontwikkelen staan centraal.": (
        "The programme serves the inspectorates. Exchanging, learning from each other and, where it pays off, developing together are at its heart."
    ),
    "Geef creativiteit de ruimte: werk met labs, design thinking en co-creatie.": "Give creativity room: work with labs, design thinking and co-creation.",
    "Durf te experimenteren en accepteer dat niet alles in één keer lukt.": "Dare to experiment, and accept that not everything works the first time.",
    "Werk in horizontale netwerken over de grenzen van inspecties heen.": "Work in horizontal networks across the boundaries of inspectorates.",
    "Leg niet te veel vooraf vast: het netwerk kiest de vorm die bij het onderwerp past.": (
        "Do not fix too much in advance: the network chooses the form that suits the subject."
    ),
    "Bureau Inspectieraad heeft een programmateam samengesteld. Dat team zet het programma op, werkt de programmalijnen uit en bewaakt "
    "de voortgang. De inhoud ontstaat in netwerken van mensen uit de inspecties, bestaande en nieuwe.": (
        "The Inspection Council office has formed a programme team. The team sets up the programme, works out the programme lines and "
        "monitors progress. The content comes from networks of people from the inspectorates, existing and new ones."
    ),
    # Line 1
    "Maatschappelijke dialoog over toezicht": "Public dialogue on supervision",
    "maatschappelijke-dialoog": "public-dialogue",
    "Programmalijn 1: de dialoog over rol, verwachtingen en de verhouding tussen private borging en publiek toezicht.": (
        "Programme line 1: the dialogue on roles, expectations and the relation between private assurance and public supervision."
    ),
    "Met beleid, wetenschap en samenleving in gesprek over wat toezicht is en wat je ervan mag verwachten.": (
        "Talking with policy makers, academics and society about what supervision is and what you may expect from it."
    ),
    "Nieuwe technologie, verschuivende verwachtingen en andere opvattingen over wat normaal is: ze vragen om een frisse blik op doel, "
    "rol en inzet van toezicht. Daarom zetten we het gesprek met onze maatschappelijke en bestuurlijke omgeving voort.": (
        "New technology, shifting expectations and changing views of what is normal call for a fresh look at the purpose, role and use "
        "of supervision. That is why we continue the conversation with our social and administrative environment."
    ),
    "Twee onderwerpen": "Two subjects",
    "<b>Rol en verwachtingen.</b> Prioriteren we op basis van objectief gemeten risico's, of op basis van wat de samenleving verwacht? "
    "Hoe gaan inspecties om met verwachtingen die soms tegenstrijdig zijn?": (
        "<b>Role and expectations.</b> Do we set priorities by objectively measured risks, or by what society expects? How do "
        "inspectorates deal with expectations that sometimes contradict each other?"
    ),
    "<b>Private borging en publiek toezicht.</b> Wanneer zijn burgers en bedrijven zelf aan zet om publieke belangen te borgen, en "
    "wanneer de publieke toezichthouder? Vertrouwen, eerlijkheid, kwaliteit en veiligheid spelen daarbij een hoofdrol.": (
        "<b>Private assurance and public supervision.</b> When is it up to citizens and businesses themselves to safeguard public "
        "interests, and when up to the public supervisor? Trust, fairness, quality and safety play a leading part."
    ),
    "Een gedeeld beeld van de staat en de toekomst van het toezicht, waarin algemene inzichten en de concrete praktijk van toezichthouders samenkomen.": (
        "A shared view of the state and future of supervision, in which general insights and the everyday practice of supervisors come together."
    ),
    "We voeren de dialoog op twee niveaus. In algemene zin met beleidsmakers, andere toezichthouders en wetenschappers, ondersteund door "
    "publicaties en onderzoek. En concreet aan dialoogtafels over thema's als voedselveiligheid of patiëntveiligheid, waar de betrokken "
    "toezichthouders zelf aan zet zijn.": (
        "We hold the dialogue at two levels. In general terms with policy makers, other supervisors and academics, supported by "
        "publications and research. And in concrete terms at dialogue tables on subjects such as food safety or patient safety, led by "
        "the supervisors involved."
    ),
    "Strategen uit de inspecties werken het idee van creatieve dialoogtafels samen uit.": (
        "Strategists from the inspectorates work out the idea of creative dialogue tables together."
    ),
    "Met NWO en de markttoezichthouders werken we de Wetenschapsagenda Toezicht verder uit.": (
        "With the Dutch Research Council (NWO) and the market supervisors we develop the Research Agenda on Supervision further."
    ),
    "najaar 2024": "autumn 2024",
    "Bundel 'Toezicht vijf jaar na het WRR-rapport' uitgeven.": "Publish the collection 'Supervision five years after the WRR report'.",
    "Een top van beleid en toezicht organiseren om thema's uit de dialoog te agenderen.": (
        "Organise a summit of policy and supervision to put subjects from the dialogue on the agenda."
    ),
    "na de eerste dialoogtafels": "after the first dialogue tables",
    "Discussienotitie over vormen van private borging en wanneer die voor publiek toezicht van belang zijn.": (
        "Discussion paper on forms of private assurance and when they matter for public supervision."
    ),
    "Experts uit inspecties, wetenschap en andere toezichthouders verkennen samen nieuwe vormen van private borging.": (
        "Experts from inspectorates, academia and other supervisors explore new forms of private assurance together."
    ),
    # Line 2
    "Focus op innovatie": "Focus on innovation",
    "focus-op-innovatie": "focus-on-innovation",
    "Programmalijn 2: datagedreven toezicht en nieuwe vormen van interactie en samenwerking.": (
        "Programme line 2: data-driven supervision and new forms of interaction and cooperation."
    ),
    "Data, technologie en nieuwe vormen van samenwerking inzetten om het toezicht zelf te vernieuwen.": (
        "Using data, technology and new forms of cooperation to renew supervision itself."
    ),
    "Digitalisering, robotisering en de netwerksamenleving veranderen de positie van inspecties en dagen ze uit om hun toezicht "
    "ingrijpend te vernieuwen. Wat is daarvoor nodig? Deze programmalijn kent twee deellijnen.": (
        "Digitalisation, robotisation and the network society change the position of inspectorates and challenge them to renew their "
        "supervision thoroughly. What does that take? This programme line has two strands."
    ),
    "a": "a",
    "b": "b",
    "Data en technologie": "Data and technology",
    "Elke inspectie heeft haar eigen ontwikkelpad met data en technologie, maar de belangen overlappen. Het programma Datagedreven, "
    "gestart in 2017, zorgt voor afstemming en samenwerking.": (
        "Every inspectorate has its own path of development with data and technology, but their interests overlap. The Data-driven "
        "programme, started in 2017, takes care of coordination and cooperation."
    ),
    "Inspecties werken zo vergelijkbaar met data dat ze kennis en data zo veel mogelijk kunnen delen. Voor besluiten over structurele "
    "samenwerking is het nog te vroeg; deze lijn laat zien waar die haalbaar en wenselijk is.": (
        "Inspectorates work with data in such similar ways that they can share knowledge and data as much as possible. It is too early "
        "for decisions on structural cooperation; this strand shows where it is feasible and desirable."
    ),
    "Een groep vertegenwoordigers van de inspecties, de 'Gideonsbende datagedreven toezicht', legt doelen en activiteiten vast in een "
    "jaarplan rond vijf thema's: personeel, casuïstiek, juridische en ethische kaders, een gezamenlijk datascienceplatform en inbedding "
    "in de organisatie.": (
        "A group of representatives of the inspectorates, the 'data-driven supervision task force', sets out goals and activities in an "
        "annual plan around five themes: staff, cases, legal and ethical frameworks, a shared data science platform and embedding in "
        "the organisation."
    ),
    "Gezamenlijke werving en selectie van datascientists": "Joint recruitment and selection of data scientists",
    "Een opleiding tot datascience professional": "A training course for data science professionals",
    "Een gedeeld juridisch kader": "A shared legal framework",
    "Gezamenlijke eisen voor een datascienceplatform": "Shared requirements for a data science platform",
    "Nieuwe vormen van interactie en samenwerking": "New forms of interaction and cooperation",
    "Technologische en maatschappelijke veranderingen vragen om andere werkwijzen: toezicht ontwerpen samen met de omgeving, "
    "bijvoorbeeld in de keten waarin blockchain wordt toegepast.": (
        "Technological and social change calls for other ways of working: designing supervision together with those around us, for "
        "example in the supply chain where blockchain is used."
    ),
    "Inspecties ondersteunen bij deze vernieuwing door uit te wisselen, van elkaar te leren en te verbinden.": (
        "Supporting inspectorates in this renewal by exchanging, learning from each other and connecting."
    ),
    "We sluiten aan bij bestaande netwerken, zoals het netwerk rond gedragsinterventies en de doe-coalitie CE-markering, en brengen "
    "collega's, wetenschappers en experts samen om co-creatie en design thinking uit te proberen.": (
        "We join existing networks, such as the network on behavioural interventions and the CE marking action coalition, and bring "
        "colleagues, academics and experts together to try out co-creation and design thinking."
    ),
    "Sessie over het betrekken van de eindgebruiker bij het toezicht": "Session on involving the end user in supervision",
    "White paper over voorwaarden voor co-creatie in het toezicht": "White paper on the conditions for co-creation in supervision",
    "Gathering datagedreven toezicht voor datascientists van alle inspecties.": "Data-driven supervision gathering for data scientists of all inspectorates.",
    "Gezamenlijke werving en selectie van datascientists.": "Joint recruitment and selection of data scientists.",
    "doorlopend": "ongoing",
    "Bijeenkomst waarin datascientists en inhoudelijk experts van de doe-coalitie CE-markering samen de mogelijkheden van data verkennen.": (
        "Meeting where data scientists and subject experts of the CE marking action coalition explore what data can do."
    ),
    "Sessie 'Betrekken van de eindgebruiker in het toezicht'.": "Session 'Involving the end user in supervision'.",
    "voorjaar 2025": "spring 2025",
    # Line 3
    "Professionalisering": "Professional development",
    "professionalisering": "professional-development",
    "Programmalijn 3: een professionaliseringsagenda voor het toezicht, met behaalde resultaten.": (
        "Programme line 3: a professional development agenda for supervision, with its results."
    ),
    "Welke vakmensen heeft het toezicht van de toekomst nodig, en hoe rusten we mensen en organisaties daarvoor toe?": (
        "Which professionals does the supervision of the future need, and how do we equip people and organisations for it?"
    ),
    "Innovatie van het toezicht vraagt veel van mensen en organisaties. Welke achtergronden zijn nodig? Hoe gaan we om met vergrijzing "
    "en werving? Hoe leer je toezicht als tweede vak? En wat kenmerkt een goede toezichtsorganisatie?": (
        "Innovation in supervision asks a lot of people and organisations. Which backgrounds are needed? How do we deal with an ageing "
        "workforce and recruitment? How do you learn supervision as a second profession? And what makes a good supervisory organisation?"
    ),
    "Een professionaliseringsagenda voor het toezicht, grotendeels uitgevoerd door de inspecties zelf en voor een klein deel door de "
    "Academie voor Toezicht, en een vaste structuur om het gesprek over professionalisering blijvend te voeren.": (
        "A professional development agenda for supervision, carried out mostly by the inspectorates themselves and partly by the "
        "Academy for Supervision, and a lasting structure for the conversation about professional development."
    ),
    "We brengen mensen uit het primaire proces in gesprek met vakmensen uit leren en ontwikkelen, HRM en organisatieontwikkeling. "
    "Bureau Inspectieraad onderhoudt een netwerk van contactpersonen voor professionalisering bij de inspecties.": (
        "We bring people from the primary process together with experts in learning and development, HR and organisational development. "
        "The Inspection Council office maintains a network of professional development contacts at the inspectorates."
    ),
    "Bijeenkomst over de professionaliseringsagenda, met een model voor strategische keuzes in leren en ontwikkelen.": (
        "Meeting on the professional development agenda, with a model for strategic choices in learning and development."
    ),
    "Aparte bijeenkomst over organisatieontwikkeling.": "Separate meeting on organisational development.",
    "na de zomer": "after the summer",
    "Onderzoek naar het vak van de inspecteur, door antropoloog Manja Bomhoff.": "Research into the inspector's profession by anthropologist Manja Bomhoff.",
    "De organisatiegeschiedenis van de inspecties in kaart brengen.": "Mapping the organisational history of the inspectorates.",
    "sinds de zomer van 2024": "since the summer of 2024",
    "Netwerk van contactpersonen professionalisering uit alle inspecties opzetten.": (
        "Setting up a network of professional development contacts from every inspectorate."
    ),
    # Results
    "Kritische beroepssituaties": "Critical professional situations",
    "kritische-beroepssituaties": "critical-professional-situations",
    "Publicatie met verhalen van inspecteurs over kritische beroepssituaties, en gesprekken volgens de KBS-methode.": (
        "A publication with inspectors' stories about critical professional situations, and conversations using the KBS method."
    ),
    "Wat doe je als waarden botsen en het protocol geen antwoord geeft? In gesprekken met inspecteurs uit verschillende inspecties "
    "ontleedden we zulke situaties. De verhalen zijn gebundeld in een boekje.": (
        "What do you do when values clash and the protocol has no answer? In conversations with inspectors from several inspectorates "
        "we took such situations apart. The stories are collected in a booklet (in Dutch)."
    ),
    "Getekend boekje met verhalen van inspecteurs over kritische beroepssituaties, met vier ronde gezichten op de voorkant": (
        "Drawn booklet of inspectors' stories about critical professional situations, with four round faces on the cover"
    ),
    "Eind 2019 begon Bureau Inspectieraad met gesprekken in gemengde groepen inspecteurs. Volgens de methode van de Kritische "
    "Beroepssituaties (KBS) analyseren we een concrete situatie: welke afwegingen over professionaliteit maak je daar?": (
        "In late 2019 the Inspection Council office started conversations in mixed groups of inspectors. Using the Critical Professional "
        "Situations (KBS) method we analyse a concrete situation: which professional considerations do you weigh there?"
    ),
    "Na 2021 zijn we doorgegaan met deze gesprekken, nu binnen één inspectie of zelfs één team.": (
        "After 2021 we continued these conversations, now within a single inspectorate or even a single team."
    ),
    "Wil je met je team of organisatie zo'n gesprek voeren? Bureau Inspectieraad begeleidt het volgens de KBS-methode.": (
        "Would your team or organisation like such a conversation? The Inspection Council office facilitates it using the KBS method."
    ),
    "Aandacht voor wat werkt": "Attention to what works",
    "aandacht-voor-wat-werkt": "attention-to-what-works",
    "Instrumenten van het Inzichtenlab om het effect van toezicht te vergroten.": "Tools from the Insights Lab to increase the effect of supervision.",
    "Praktische instrumenten waarmee inspecteurs zelf onderzoeken wat het effect van hun toezicht is, zodat inspecties hun impact kunnen vergroten.": (
        "Practical tools with which inspectors investigate the effect of their own supervision, so that inspectorates can increase their impact."
    ),
    "Een uitgespreide waaier van kaarten, elk met een vraag over het effect van toezicht": (
        "A fanned-out set of cards, each with a question about the effect of supervision"
    ),
    "In dit project gingen inspecteurs zelf als onderzoekers aan de slag, met vragen die bij hen leven over hun werk. Het Inzichtenlab "
    "ontwikkelde samen met de Arbeidsinspectie en de Inspectie Gezondheidszorg en Jeugd praktische instrumenten, zoals een "
    "vragenwaaier. Ze zijn bruikbaar voor alle rijksinspecties.": (
        "In this project inspectors became researchers themselves, with questions they have about their own work. With the Labour "
        "Authority and the Health and Youth Care Inspectorate, the Insights Lab developed practical tools such as a fan of question "
        "cards. They can be used by every government inspectorate."
    ),
    "Wil je de instrumenten gebruiken in je team? Manja Bomhoff helpt je op weg.": "Would you like to use the tools in your team? Manja Bomhoff will help you get started.",
    "Inspecteurs over hun vak": "Inspectors on their profession",
    "inspecteurs-over-hun-vak": "inspectors-on-their-profession",
    "Antropologisch onderzoek naar het vak van de inspecteur.": "Anthropological research into the inspector's profession.",
    "Wie zijn inspecteurs eigenlijk? Een antropologisch onderzoek naar hun vak, hun drijfveren en wat zij verstaan onder een goede inspecteur.": (
        "Who are inspectors, really? An anthropological study of their profession, their motives and what they see as a good inspector."
    ),
    "Een rij getekende inspecteurs van verschillende lengte naast elkaar: de beroepsgroep van dichtbij bekeken": (
        "A row of drawn inspectors of different heights side by side: the profession seen up close"
    ),
    "Op verzoek van Bureau Inspectieraad onderzocht antropoloog Manja Bomhoff de 'stam' van inspecteurs. Hoe ziet hun werk eruit, wat "
    "houdt hen bezig en wie zien zij als rolmodel?": (
        "At the request of the Inspection Council office, anthropologist Manja Bomhoff studied the 'tribe' of inspectors. What does their "
        "work look like, what occupies them and whom do they see as a role model?"
    ),
    "Vragen over het onderzoek of de uitkomsten bespreken in je inspectie? Neem contact op met Manja Bomhoff.": (
        "Questions about the research, or would you like to discuss the findings in your inspectorate? Contact Manja Bomhoff."
    ),
    # Learning track
    "Leertraject Strategisch Toezicht": "Strategic Supervision Learning Track",
    "leertraject-strategisch-toezicht": "strategic-supervision-learning-track",
    "Het Leertraject Strategisch Toezicht (LST): zes modules over betekenis, kwaliteit en vernieuwing van toezicht.": (
        "The Strategic Supervision Learning Track (LST): six modules on the meaning, quality and renewal of supervision."
    ),
    "Strategische vraagstukken over de vernieuwing van toezicht staan centraal in dit leertraject, in een maatschappij die voortdurend verandert.": (
        "Strategic questions about renewing supervision, in a constantly changing society, are at the heart of this learning track."
    ),
    "Toezicht houden is een vak": "Supervision is a profession",
    "Toezicht gaat niet meer alleen over controleren en handhaven, maar over het dienen van publieke belangen: veiligheid, gezondheid en "
    "kwaliteit. Toezichthouders richten zich meer op voorkomen dan op achteraf straffen.": (
        "Supervision is no longer only about checking and enforcing, but about serving public interests: safety, health and quality. "
        "Supervisors focus more on prevention than on punishment after the fact."
    ),
    "Omdat vraagstukken complexer worden en belangen vaker botsen, vraagt het vak om strategisch inzicht. Het LST gaat over de "
    "betekenis en positie, de kwaliteit en de vernieuwing van toezicht.": (
        "As issues grow more complex and interests clash more often, the profession calls for strategic insight. The LST is about the "
        "meaning and position, the quality and the renewal of supervision."
    ),
    "Toezichthouders, strategen en leidinggevenden bij de rijksinspecties die willen bijdragen aan de vernieuwing van hun toezicht.": (
        "Supervisors, strategists and managers at the government inspectorates who want to contribute to renewing their supervision."
    ),
    "In september 2023 is een pilot van het vernieuwde leertraject gestart. Informatie over de volgende groep volgt zodra de pilot is geëvalueerd.": (
        "A pilot of the renewed learning track started in September 2023. Information about the next group will follow once the pilot has been evaluated."
    ),
    # Modules
    "Functies van toezicht in Nederland": "Functions of supervision in the Netherlands",
    "module-1": "module-1",
    "Module 1 van het Leertraject Strategisch Toezicht: waar staan we nu?.": "Module 1 of the Strategic Supervision Learning Track: where do we stand?",
    "Waar staan we nu?": "Where do we stand?",
    "De laatste kaderstellende visie op toezicht is uit 2006. Hoe heeft het toezicht zich sindsdien ontwikkeld, en wat heeft het "
    "WRR-rapport over toezicht in gang gezet?": (
        "The last framework vision on supervision dates from 2006. How has supervision developed since then, and what did the WRR "
        "report on supervision set in motion?"
    ),
    "13.00-17.00 uur, Den Haag": "1 pm to 5 pm, The Hague",
    "Sparrow en Moore": "Sparrow and Moore",
    "module-2": "module-2",
    "Module 2 van het Leertraject Strategisch Toezicht: effecten van toezicht centraal.": (
        "Module 2 of the Strategic Supervision Learning Track: the effects of supervision first."
    ),
    "Effecten van toezicht centraal": "The effects of supervision first",
    "Niet handhaven om het handhaven, maar werken aan de problemen die er echt toe doen. We stellen het effect van ons handelen centraal; "
    "de instrumenten volgen daaruit.": (
        "Not enforcement for its own sake, but working on the problems that really matter. We put the effect of what we do first; the "
        "instruments follow from it."
    ),
    "Risico- en systeemanalyse": "Risk and system analysis",
    "module-3": "module-3",
    "Module 3 van het Leertraject Strategisch Toezicht: complexe vraagstukken ontleden.": (
        "Module 3 of the Strategic Supervision Learning Track: taking complex issues apart."
    ),
    "Complexe vraagstukken ontleden": "Taking complex issues apart",
    "Waarom risicogebaseerd toezicht, en hoe doe je een systeemanalyse? We denken in organisaties, belangen, factoren en actoren, en in "
    "hun invloed op de missie van je inspectie.": (
        "Why risk-based supervision, and how do you carry out a system analysis? We think in terms of organisations, interests, factors "
        "and actors, and of their influence on your inspectorate's mission."
    ),
    "Interventiestrategie en gedrag": "Intervention strategy and behaviour",
    "module-4": "module-4",
    "Module 4 van het Leertraject Strategisch Toezicht: over wortels en stokken.": "Module 4 of the Strategic Supervision Learning Track: on carrots and sticks.",
    "Over wortels en stokken": "On carrots and sticks",
    "Inspecties werken voortdurend aan beter en effectiever toezicht, met nieuwe methoden en inzichten uit onder meer de gedragswetenschap.": (
        "Inspectorates keep working on better and more effective supervision, with new methods and insights from behavioural science, among others."
    ),
    "Maatschappelijke oriëntatie": "Social orientation",
    "module-5": "module-5",
    "Module 5 van het Leertraject Strategisch Toezicht: in het publieke belang.": "Module 5 of the Strategic Supervision Learning Track: in the public interest.",
    "In het publieke belang": "In the public interest",
    "Toezicht vraagt om een brede taakopvatting: aansluiten bij publieke belangen en die mee helpen benoemen en behartigen.": (
        "Supervision calls for a broad view of the task: connecting with public interests and helping to name and serve them."
    ),
    "Slotbijeenkomst": "Closing session",
    "module-6": "module-6",
    "Module 6 van het Leertraject Strategisch Toezicht: over toezicht en beleid.": "Module 6 of the Strategic Supervision Learning Track: on supervision and policy.",
    "Over toezicht en beleid": "On supervision and policy",
    "Hoe onafhankelijk is toezicht? Theorie en praktijk van de relatie tussen toezicht en beleid. En: het leren stopt hier niet. Wat neem je mee?": (
        "How independent is supervision? The theory and practice of the relation between supervision and policy. And: learning does "
        "not stop here. What do you take with you?"
    ),
    # Teachers
    "Strategisch adviseur": "Strategic adviser",
    "Senior inspecteur": "Senior inspector",
    "Programmamanager toezichtvernieuwing": "Programme manager, renewal of supervision",
    "Gedragsexpert": "Behavioural expert",
    "Inspecteur": "Inspector",
    "Senior adviseur toezicht en beleid": "Senior adviser, supervision and policy",
}
