package enrich

// Topic keywords: what the customer's contact is about (the product or
// service) and what is wrong with it (the symptom), for crisis queries such
// as "which device and which symptom spiked this weekend".
//
// Each term has a canonical name, which is what the TopicProducts and
// TopicSymptoms columns store, and the surface forms that map to it
// ("DVD recorders", "DVR", "PVR" are all "dvd recorder"), so GROUP BY counts
// one value per thing. A row lists each canonical name once, in the order
// first seen.
//
// The rules, and why:
//
//   - Customer turns only: an agent's troubleshooting question ("is it
//     overheating?", "have you restarted the router?") is not evidence of
//     what the contact is about.
//   - Forms are lowercase phrases for the shared phrase matcher (word
//     boundaries; a trailing '*' matches any ending: "laptop*" also finds
//     "laptops"). Short or ambiguous words only appear in context: "phone" is
//     also a verb ("I'll phone you") and a channel ("on the phone for an
//     hour"), so only "my phone", "smartphone", "phone screen", ... count;
//     "app" only as "the app", "my app", ...; "update" only as "firmware
//     update", "since the update", ...
//   - The longest form wins: "broken screen" is "cracked screen", and the
//     "broken" inside it does not also add "not working" (a hit contained
//     in an accepted hit of the same kind is skipped).
//   - Symptoms are negatable ("it's not overheating", "no, it doesn't
//     flicker"); products are not ("I don't have the router any more" is
//     still about the router).
//   - topicSuppress removes idioms that contain a form: "take into
//     account", "a bag of", "lost my temper".
//   - Words every contact uses are left out, so the columns stay
//     selective: "order" (an order number is in most contacts),
//     "problem", "issue"; "car" only as "my car is/won't/keeps" ("I'm in
//     the car" is where the customer is, not what the contact is about).
//
// Canonical names are stable identifiers: dashboards group by them, so
// renaming one is a schema change. Up to 255 terms per list (the rule kind
// is a byte).
type topicTerm struct {
	name  string
	forms []string
}

var topicProducts = []topicTerm{
	// Computing.
	{"laptop", []string{"laptop*", "notebook computer*", "macbook*", "chromebook*", "ultrabook*"}},
	{"computer", []string{"computer*", "pc", "pcs", "desktop pc", "desktop computer*", "imac*", "my desktop"}},
	{"tablet", []string{"tablet*", "ipad*", "kindle*", "e-reader*"}},
	{"monitor", []string{"my monitor", "the monitor", "a monitor", "external monitor", "new monitor", "monitors"}},
	{"printer", []string{"printer*", "ink cartridge*", "toner"}},
	{"keyboard", []string{"keyboard*"}},
	{"hard drive", []string{"hard drive*", "hard disk*", "ssd", "external drive*"}},
	{"charger", []string{"charger*", "charging cable*", "power adapter*", "power supply", "power brick*", "charging lead"}},
	{"software", []string{"software", "operating system", "windows 1*", "macos", "antivirus", "drivers"}},
	{"firmware update", []string{"firmware*", "firmware update*", "software update*", "system update*",
		"since the update", "after the update", "the latest update", "last night's update", "the weekend update",
		"overnight update", "friday night update", "the update broke", "the update killed", "the update bricked",
		"update bricked", "update killed", "update broke", "automatic update*"}},
	{"app", []string{"the app", "your app", "my app", "this app", "mobile app", "banking app", "an app", "apps"}},
	{"website", []string{"website*", "web site", "online portal", "your site", "the site", "web page", "webpage"}},
	// Phones and wearables.
	{"phone", []string{"my phone", "this phone", "the handset", "handset*", "smartphone*", "iphone*",
		"mobile phone*", "cell phone*", "cellphone*", "android phone*", "phone screen", "phone battery",
		"phone won't", "phone keeps", "phone is", "phone has", "phone doesn't", "new phone", "old phone",
		"phone's", "pixel phone", "galaxy phone"}},
	{"sim card", []string{"sim card*", "my sim", "the sim", "new sim", "esim", "e-sim"}},
	{"smartwatch", []string{"smartwatch*", "smart watch*", "apple watch*", "fitness tracker*", "fitbit*"}},
	{"headphones", []string{"headphone*", "earbud*", "airpods", "headset*", "earphone*"}},
	// Home entertainment.
	{"tv", []string{"tv", "tvs", "television*", "telly", "smart tv*"}},
	{"dvd recorder", []string{"dvd recorder*", "dvr", "dvrs", "pvr", "pvrs", "blu-ray recorder*", "bluray recorder*",
		"video recorder*", "hard disk recorder*", "my recorder", "the recorder", "this recorder"}},
	{"dvd player", []string{"dvd player*", "blu-ray player*", "bluray player*"}},
	{"set-top box", []string{"set-top box*", "set top box*", "settop box*", "cable box*", "tv box", "sky box",
		"freeview box", "youview box", "streaming stick", "fire stick", "firestick"}},
	{"games console", []string{"games console*", "game console*", "console", "consoles", "playstation*", "ps5", "ps4",
		"xbox*", "nintendo switch"}},
	{"speaker", []string{"smart speaker*", "bluetooth speaker*", "soundbar*", "sound bar*", "speakers"}},
	{"camera", []string{"camera*", "webcam*", "doorbell camera*", "video doorbell*", "dashcam*"}},
	// Home and appliances.
	{"router", []string{"router*", "modem*", "wifi hub", "wi-fi hub", "home hub", "broadband hub", "smart hub",
		"the hub", "my hub", "mesh system", "wifi extender*", "wi-fi extender*"}},
	{"washing machine", []string{"washing machine*", "washer dryer*", "washer-dryer*"}},
	{"dryer", []string{"tumble dryer*", "tumble drier*", "dryer", "dryers"}},
	{"dishwasher", []string{"dishwasher*"}},
	{"fridge", []string{"fridge*", "refrigerator*", "freezer*"}},
	{"oven", []string{"oven*", "cooker*", "hob", "hobs", "stove*"}},
	{"microwave", []string{"microwave*"}},
	{"boiler", []string{"boiler*", "central heating", "heating system", "thermostat*"}},
	{"vacuum", []string{"vacuum*", "hoover*", "robot vac*"}},
	{"smart meter", []string{"smart meter*", "meter reading*", "my meter", "the meter", "gas meter", "electricity meter"}},
	// Services.
	{"internet", []string{"broadband", "internet", "wifi", "wi-fi", "fibre", "fiber", "wireless connection"}},
	{"mobile service", []string{"mobile data", "data plan", "roaming", "mobile network"}},
	{"tv service", []string{"tv package", "tv subscription", "missing channels", "streaming service"}},
	{"energy", []string{"electricity", "energy supply", "energy bill*", "gas supply", "gas bill*", "power cut*"}},
	{"flight", []string{"flight*", "plane", "connecting flight*", "boarding pass*"}},
	{"luggage", []string{"luggage", "baggage", "suitcase*", "bag", "bags", "checked bag*", "hand luggage"}},
	{"booking", []string{"booking*", "reservation*", "my seat", "seat booking", "itinerary"}},
	{"hotel", []string{"hotel*", "hotel room*"}},
	{"train", []string{"train", "trains", "train ticket*", "rail ticket*"}},
	{"car", []string{"my car is", "my car's", "my car won't", "my car keeps", "vehicle*", "rental car*", "hire car*", "car hire"}},
	{"delivery", []string{"parcel*", "package", "delivery", "deliveries", "shipment*", "courier"}},
	{"account", []string{"account", "online account", "password", "login", "log-in", "username", "profile"}},
	{"bill", []string{"bill", "bills", "billing", "invoice*", "statement", "statements"}},
	{"payment", []string{"payment*", "direct debit*", "standing order*", "instalment*", "installment*"}},
	{"card", []string{"credit card*", "debit card*", "bank card*", "my card", "contactless"}},
	{"subscription", []string{"subscription*", "membership*", "renewal"}},
	{"contract", []string{"contract*", "my plan", "phone plan", "tariff*", "payment plan"}},
	{"warranty", []string{"warranty", "warranties", "guarantee", "extended cover", "extended warranty", "care plan",
		"protection plan"}},
	{"insurance", []string{"insurance", "insurance policy", "insurance claim*", "my policy", "the claim", "my claim"}},
	{"repair", []string{"repair*", "service centre", "repair centre", "engineer visit*", "technician visit*"}},
}

var topicSymptoms = []topicTerm{
	{"won't turn on", []string{"won't turn on", "will not turn on", "doesn't turn on", "does not turn on",
		"won't switch on", "won't power on", "will not power on", "doesn't power on", "won't power up",
		"won't start", "won't boot", "will not start", "won't come on", "not turning on", "no power",
		"it's dead", "is dead", "completely dead", "totally dead", "dead after", "now dead", "stone dead",
		"turned into a paperweight", "nothing happens when i press"}},
	{"bricked", []string{"bricked", "paperweight"}},
	{"no picture", []string{"no picture", "no image", "black screen", "blank screen", "screen goes black",
		"screen went black", "screen is black", "goes completely black", "goes black", "no display",
		"screen stays black", "display is blank"}},
	{"no sound", []string{"no sound", "no audio", "sound doesn't work", "sound isn't working", "sound not working",
		"lost sound", "can't hear anything", "no volume"}},
	{"stuck on logo", []string{"stuck on the logo", "stuck on logo", "stuck on the boot logo", "stuck on the boot screen",
		"stuck on boot", "stuck on the loading screen", "stuck on loading", "stuck on the apple logo",
		"stuck on the splash screen", "stuck on startup", "stuck on start-up", "loading forever",
		"stuck at the logo", "stuck at loading", "hangs on the logo", "stuck on the welcome screen"}},
	{"keeps rebooting", []string{"keeps rebooting", "keeps restarting", "reboots every", "restarts every",
		"reboot loop", "boot loop", "bootloop", "restarts itself", "reboots itself", "constantly rebooting",
		"constantly restarting", "rebooting every", "restarting every", "keeps resetting"}},
	{"shuts down", []string{"shuts itself off", "shuts itself down", "shuts down", "shuts off", "turns itself off",
		"switches itself off", "keeps turning off", "keeps shutting down", "keeps switching off", "cuts out"}},
	{"frozen", []string{"frozen", "freezes", "freezing", "froze", "keeps freezing", "unresponsive",
		"not responding", "nothing responds", "hangs", "locked up"}},
	{"crashes", []string{"crashes", "crashing", "crashed", "keeps crashing", "blue screen", "bsod"}},
	{"overheating", []string{"overheat*", "gets hot", "getting hot", "gets really hot", "running hot", "too hot",
		"burning hot", "very hot"}},
	{"cracked screen", []string{"cracked screen", "screen cracked", "screen is cracked", "screen has cracked",
		"smashed screen", "screen smashed", "broken screen", "screen is broken", "shattered screen",
		"screen shattered", "cracked the screen"}},
	{"battery drains", []string{"battery drains", "battery draining", "battery dies", "battery is dying",
		"won't hold a charge", "doesn't hold a charge", "won't hold charge", "doesn't hold charge",
		"battery life is terrible", "battery life is awful", "battery lasts", "drains fast", "drains quickly",
		"battery drain", "battery swollen", "swollen battery"}},
	{"won't charge", []string{"won't charge", "will not charge", "not charging", "doesn't charge", "stopped charging",
		"isn't charging", "won't charge at all"}},
	{"flickering", []string{"flicker*"}},
	{"no signal", []string{"no signal", "no reception", "no service", "no bars", "lost signal", "weak signal",
		"signal drops", "signal keeps dropping", "poor signal", "bad signal"}},
	{"no internet", []string{"no internet", "internet is down", "internet's down", "internet keeps dropping",
		"wifi keeps dropping", "wi-fi keeps dropping", "connection keeps dropping", "keeps disconnecting",
		"keeps dropping out", "dropping out", "can't connect", "cannot connect", "won't connect", "no connection",
		"not connecting", "lost connection", "internet not working", "wifi not working", "slow internet",
		"slow broadband", "slow speeds"}},
	{"dropped calls", []string{"dropped calls", "calls drop", "call drops", "calls keep dropping", "can't make calls",
		"can't receive calls"}},
	{"error code", []string{"error code*", "error message*", "error 0*", "error 1*", "error 2*", "error 3*",
		"error 4*", "error 5*", "error 6*", "error 7*", "error 8*", "error 9*", "says error", "shows an error",
		"throws an error", "gives an error", "an error message"}},
	{"update failed", []string{"update failed", "failed to update", "update error", "won't update", "update fails",
		"installation failed", "update won't install"}},
	{"slow", []string{"running slow", "really slow", "very slow", "so slow", "painfully slow", "slowed down",
		"sluggish", "laggy", "lagging"}},
	{"not working", []string{"not working", "doesn't work", "does not work", "isn't working", "stopped working",
		"no longer works", "won't work", "out of order", "broken", "faulty", "defective", "malfunction*",
		"not functioning", "packed up", "died on me"}},
	{"noisy", []string{"grinding", "grinds", "rattling", "rattles", "buzzing", "noisy", "loud noise",
		"making a noise", "clicking noise", "beeping", "whining noise", "squeaking"}},
	{"leaking", []string{"leaking", "leaks", "leaked", "water everywhere", "puddle"}},
	{"won't open", []string{"won't open", "will not open", "tray won't open", "door won't open", "won't eject",
		"doesn't open", "stuck in the tray", "disc stuck", "disc is stuck", "stuck inside"}},
	{"blinking light", []string{"blinking light", "blinking red light", "blinking orange", "flashing light",
		"flashing red", "light blinks", "light flashes", "light keeps flashing", "light keeps blinking"}},
	{"data loss", []string{"lost my data", "lost my files", "lost all my", "lost recordings", "lost my recordings",
		"recordings are gone", "files are gone", "data is gone", "photos are gone", "wiped my",
		"deleted my recordings", "lost my photos"}},
	{"damaged", []string{"damaged", "arrived damaged", "arrived broken", "dented", "scratched", "cracked",
		"smashed", "torn", "water damage", "liquid damage"}},
	{"delayed", []string{"delayed", "delay", "delays", "running late", "arrived late", "late delivery",
		"late arrival", "still not here", "hasn't arrived", "has not arrived", "not arrived yet"}},
	{"cancelled", []string{"cancelled", "canceled", "cancellation", "got cancelled", "was cancelled"}},
	{"lost", []string{"lost", "missing", "went missing", "gone missing", "can't find", "never arrived",
		"didn't arrive", "did not arrive", "not delivered", "wasn't delivered", "was not delivered",
		"lost in transit"}},
	{"wrong item", []string{"wrong item", "wrong order", "wrong size", "wrong colour", "wrong color",
		"wrong product", "sent the wrong", "received the wrong", "not what i ordered"}},
	{"double charged", []string{"double charged", "double-charged", "charged twice", "billed twice",
		"duplicate charge*", "charged two times", "taken twice", "paid twice"}},
	{"overcharged", []string{"overcharged", "over-charged", "overbilled", "charged too much", "wrong amount",
		"incorrect bill", "extra charge*", "unexpected charge*", "hidden charge*", "price went up",
		"charged for something", "charged me for"}},
	{"refund missing", []string{"no refund", "refund hasn't", "refund has not", "refund never", "still no refund",
		"haven't received my refund", "haven't had my refund", "where is my refund", "where's my refund"}},
	{"can't log in", []string{"can't log in", "can't login", "cannot log in", "can't sign in", "cannot sign in",
		"unable to log in", "unable to sign in", "locked out", "forgotten my password", "forgot my password",
		"password doesn't work", "password isn't working", "won't accept my password", "won't let me log in",
		"won't let me sign in", "password reset", "reset email"}},
	{"overbooked", []string{"overbooked", "bumped off", "denied boarding"}},
	{"no hot water", []string{"no hot water", "no heating", "heating isn't working", "heating not working",
		"radiators are cold"}},
}

// topicSuppress are idioms that contain a topic form but do not mean it.
var topicSuppress = []struct {
	target category
	phrase string
}{
	{catTopicProduct, "take into account"}, {catTopicProduct, "on account of"},
	{catTopicProduct, "account manager"}, {catTopicProduct, "bag of"},
	{catTopicProduct, "console you"}, {catTopicProduct, "guarantee you"}, {catTopicProduct, "i guarantee"},
	{catTopicProduct, "i can guarantee"}, {catTopicProduct, "the site visit"},
	{catTopicSymptom, "lost my temper"}, {catTopicSymptom, "missing something"}, {catTopicSymptom, "lost track"},
	{catTopicSymptom, "lost patience"}, {catTopicSymptom, "you're missing"}, {catTopicSymptom, "cancellation fee"},
	{catTopicSymptom, "sorry for the delay"}, {catTopicSymptom, "without delay"}, {catTopicSymptom, "line is dead"},
	{catTopicSymptom, "line went dead"}, {catTopicSymptom, "phone line is dead"},
	{catTopicSymptom, "can't find the"}, {catTopicSymptom, "can't find your"},
	{catTopicSymptom, "can't find any"}, {catTopicSymptom, "cut out for"}, {catTopicSymptom, "hangs up"},
	{catTopicSymptom, "broken promise*"}, {catTopicSymptom, "broken record"},
}
