package extract_test

import (
	"strconv"
	"strings"
	"testing"

	"github.com/rasd-project/rasd"
)

// TestCases reads short reports written for the test and checks the
// events a coder would record. Each case states the rule it guards.
func TestCases(t *testing.T) {
	x := mustExtractor(t)
	type want struct {
		sub, date, location, iso3 string
		actor1, actor2            string // substring of the name; "-" for none
		killed, injured           int    // -1 for null
		weapons                   string // comma-joined, sorted
	}
	tests := []struct {
		name string
		pub  string
		text string
		want []want // nil: no event
	}{
		{
			name: "air strike with a dual count and a weekday",
			pub:  "2024-05-08",
			text: "قتل مدنيان وأصيب أربعة آخرون في غارة جوية شنتها طائرات حربية روسية على بلدة سراقب في ريف إدلب يوم الاثنين.",
			want: []want{{rasd.AirDroneStrike, "2024-05-06", "Saraqib", "SYR", "Russia", "Civilians", 2, 4, "aircraft"}},
		},
		{
			name: "a toll joined by و is one sum",
			pub:  "2023-11-02",
			text: "أسفر قصف مدفعي على مدينة تعز أمس عن مقتل 3 أطفال وامرأتين، بحسب مصادر طبية.",
			want: []want{{rasd.ShellingAttack, "2023-11-01", "Taiz", "YEM", "-", "Civilians", 3, -1, "artillery"}},
		},
		{
			name: "an armed group (مجموعة) is not a total (مجموع); the village is the place",
			pub:  "2024-02-04",
			text: "قتل خمسة مدنيين في هجوم شنته مجموعة مسلحة مجهولة على قرية يارو قرب بلدة باندياجارا مساء أمس، بحسب مصادر محلية.",
			want: []want{{rasd.Attack, "2024-02-03", "Yarou", "MLI", "-", "Civilians", 5, -1, ""}},
		},
		{
			name: "a roadside bomb with no casualties",
			pub:  "2022-02-14",
			text: "انفجرت عبوة ناسفة صباح اليوم على طريق رئيسي في قضاء الطارمية شمال بغداد دون وقوع إصابات.",
			want: []want{{rasd.RemoteExplosive, "2022-02-14", "Tarmiyah", "IRQ", "-", "-", 0, 0, "ied"}},
		},
		{
			name: "a threat is no event",
			pub:  "2024-01-10",
			text: "هدد قائد الجماعة بشن هجمات صاروخية على القواعد الأجنبية في المنطقة إذا استمر القصف.",
			want: nil,
		},
		{
			name: "a threat told after the act leaves the act",
			pub:  "2024-03-20",
			text: "قصفت طائرات حربية بلدة سراقب في ريف إدلب يوم الاثنين، فيما حذرت منظمات إنسانية من موجة نزوح جديدة.",
			want: []want{{rasd.AirDroneStrike, "2024-03-18", "Saraqib", "SYR", "-", "-", -1, -1, "aircraft"}},
		},
		{
			name: "a toll at a governorate's fronts is shared by the towns the strikes are then placed at",
			pub:  "2023-04-16",
			text: "قتل عشرة مسلحين حوثيين في غارات لطيران التحالف على جبهات الحديدة أمس. وأسفرت الغارات عن تدمير مواقع للمسلحين شرق حيس وشمال زبيد.",
			want: []want{
				{rasd.AirDroneStrike, "2023-04-15", "Hays", "YEM", "coalition", "Houthi", 5, -1, "aircraft"},
				{rasd.AirDroneStrike, "2023-04-15", "Zabid", "YEM", "coalition", "Houthi", 5, -1, "aircraft"},
			},
		},
		{
			name: "an undated report of an act takes the day a later sentence gives it",
			pub:  "2024-06-13",
			text: "قتل أربعة من رجال الشرطة في اشتباكات مع مسلحين في مدينة كركوك. وقالت مصادر أمنية إن الاشتباكات اندلعت في كركوك ليل الاثنين.",
			want: []want{{rasd.ArmedClash, "2024-06-10", "Kirkuk", "IRQ", "-", "Military Forces of Iraq", 4, -1, ""}},
		},
		{
			name: "a background clause with 'some bodies' is no incident",
			pub:  "2024-05-02",
			text: "يعمل الطبيب في مستشفى صغير منذ سنوات. ويقول زملاؤه إنه كان هادئا. وقد درس الطب في جامعة الموصل. وقال مسؤول سابق في محافظة نينوى، حيث سيطر داعش على مساحات واسعة، إن بعض الجثث نقلت إلى المشرحة دون توثيق.",
			want: nil,
		},
		{
			name: "a casualty verb after a death starts its own count",
			pub:  "2024-05-02",
			text: "لقي جنديان مصرعهما وأصيب ثلاثة آخرون في هجوم مسلح على حاجز قرب مدينة جنين أمس.",
			want: []want{{rasd.ArmedClash, "2024-05-01", "Jenin", "PSE", "-", "-", 2, 3, "small_arms"}},
		},
		{
			name: "a day's toll from the ministry is no incident's toll",
			pub:  "2024-05-02",
			text: "قتل شخصان في غارة جوية على منزل في مدينة دير البلح صباح اليوم. وأوضحت وزارة الصحة أن 40 قتيلا و120 مصابا نقلوا إلى المستشفيات خلال الـ24 ساعة الماضية.",
			want: []want{{rasd.AirDroneStrike, "2024-05-02", "Deir al-Balah", "PSE", "Military Forces of Israel", "Civilians", 2, -1, "aircraft"}},
		},
		{
			name: "a deadly raid the report then tells was fought is an armed clash",
			pub:  "2023-07-04",
			text: "استشهد شاب برصاص قوات الاحتلال الإسرائيلي خلال اقتحامها مدينة طوباس فجر اليوم. وأفادت مصادر محلية باندلاع اشتباكات مسلحة بين مقاومين وقوات الاحتلال.",
			want: []want{{rasd.ArmedClash, "2023-07-04", "Tubas", "PSE", "Military Forces of Israel", "Palestinian militants", 1, -1, "small_arms"}},
		},
		{
			name: "a massacre condemned as a war crime, its toll in brackets, its perpetrator after ارتكبتها",
			pub:  "2024-06-22",
			text: "قال مسؤول محلي إن المجزرة التي ارتكبتها قوات الدعم السريع في قرية عسير بولاية الجزيرة أمس، والتي سقط فيها (15) شهيدا من المدنيين المدافعين عن أرضهم، جريمة حرب.",
			want: []want{{rasd.Attack, "2024-06-21", "Usayr", "SDN", "Rapid Support Forces", "Civilians", 15, -1, ""}},
		},
		{
			name: "a day of a feast is a date",
			pub:  "2024-06-22",
			text: "هاجمت قوات الدعم السريع قرية العمارة عبدالله ثاني أيام عيد الأضحى المبارك، ما أسفر عن مقتل مواطن وإصابة ثلاثة آخرين.",
			want: []want{{rasd.Attack, "2024-06-17", "Al-Imara Abdallah", "SDN", "Rapid Support Forces", "Civilians", 1, 3, ""}},
		},
		{
			name: "a bare town right after a district its kind word names locates it",
			pub:  "2023-10-10",
			text: "قتل مدني برصاص مسلحين مجهولين في مديرية العرش رداع بمحافظة البيضاء أمس.",
			want: []want{{rasd.Attack, "2023-10-09", "Al-Arsh", "YEM", "-", "Civilians", 1, -1, "small_arms"}},
		},
		{
			name: "the city a summit meets in is no place of the strikes before it",
			pub:  "2023-09-08",
			text: "شنت طائرات روسية غارات جوية على بلدة سراقب في ريف إدلب يوم الجمعة، قبل ساعات من قمة حاسمة في طهران. وتأتي هذه الغارات قبل قمة يعقدها رؤساء إيران وروسيا وتركيا في طهران لبحث مصير إدلب.",
			want: []want{{rasd.AirDroneStrike, "2023-09-08", "Saraqib", "SYR", "Russia", "-", -1, -1, "aircraft"}},
		},
		{
			name: "the land across a border only locates",
			pub:  "2023-07-10",
			text: "شنت فصائل المعارضة هجوما على مواقع الجيش في ريف اللاذقية الشمالي مساء أمس. وقتل 8 جنود في الاشتباكات العنيفة التي شهدتها منطقة قريبة من الحدود السورية مع لواء إسكندرون.",
			want: []want{{rasd.ArmedClash, "2023-07-09", "Latakia countryside", "SYR", "Opposition Rebels", "Military Forces of Syria", 8, -1, ""}},
		},
		{
			name: "a cell arrested while about to make suicide belts is no bombing",
			pub:  "2023-03-31",
			text: "أعلنت وزارة الداخلية اعتقال خمسة أشخاص موالين لتنظيم داعش في مدينة طنجة أمس. وأوضحت الوزارة أن الموقوفين كانوا بصدد صناعة أحزمة ناسفة لتنفيذ هجمات. وبقيت البلاد بعيدة عن هجمات التنظيم منذ سنوات.",
			want: nil,
		},
		{
			name: "a since in a relative clause after the toll leaves the toll",
			pub:  "2023-04-22",
			text: "قتل الجمعة أربعة فلسطينيين برصاص الجيش الإسرائيلي شرق مدينة خان يونس حيث يواصل المتظاهرون احتجاجاتهم منذ 30 مارس.",
			want: []want{{rasd.Attack, "2023-04-21", "Khan Yunis", "PSE", "Military Forces of Israel", "Civilians", 4, -1, "small_arms"}},
		},
		{
			name: "an act told as going on happens on the day of the report",
			pub:  "2024-04-07",
			text: "قتل ثلاثة مواطنين في غارة جوية على منزل في دير البلح صباح اليوم. وأفادت مصادر طبية بنقل الجرحى إلى المستشفى. وقال شهود إن الطائرات حلقت فوق المدينة لساعات. كما تواصل قوات الاحتلال القصف المدفعي على شمال رفح.",
			want: []want{
				{rasd.AirDroneStrike, "2024-04-07", "Deir al-Balah", "PSE", "Military Forces of Israel", "Civilians", 3, -1, "aircraft"},
				{rasd.ShellingAttack, "2024-04-07", "Rafah", "PSE", "Israel", "-", -1, -1, "artillery"},
			},
		},
		{
			name: "a clause opening with after tells the act before the news",
			pub:  "2023-03-17",
			text: "قصف الجيش الإسرائيلي بالمدفعية مواقع في مدينة غزة،\nبعد تفجير عبوات ناسفة على الحدود، الخميس.",
			want: []want{{rasd.ShellingAttack, "2023-03-16", "Gaza City", "PSE", "Military Forces of Israel", "-", -1, -1, "artillery"}},
		},
		{
			name: "a campaign going on since a day is no incident of that day",
			pub:  "2023-06-28",
			text: "تواصل القوات الحكومية عملياتها العسكرية في ريف درعا الشرقي موقعة العديد من القتلى، منذ إطلاق المعركة في 19 يونيو.",
			want: nil,
		},
		{
			name: "a story told with full dates of another year goes on in that year",
			pub:  "2023-04-09",
			text: "بدأت الحرب بأولى الغارات الأمريكية في 20 آذار/مارس 2003. وفي 21 آذار/مارس، أسفرت الغارات عن انفجارات ضخمة في العاصمة. وفي اليوم التالي، شنت الطائرات غارات عنيفة على مدن البصرة وكركوك والموصل.",
			want: nil,
		},
		{
			name: "a retrospective that opens with an act of another year has no undated act of today",
			pub:  "2023-03-22",
			text: "بعد اعتراف الجيش بقصفه منشأة عسكرية في دير الزور عام 2007، نشرت صحف تفاصيل جديدة عن العملية. وأقلعت ثماني طائرات حربية من قاعدتي رامون وحتسريم الجويتين وقصفت المنشأة قرب دير الزور.",
			want: nil,
		},
		{
			name: "the start of a period (منذ 30 مارس) is not the act's day",
			pub:  "2023-10-13",
			text: "قتل 7 فلسطينيين برصاص الجيش الإسرائيلي شرق مدينة غزة أثناء مشاركتهم في احتجاجات مسيرات العودة المستمرة منذ 30 مارس الماضي.",
			want: []want{{rasd.Attack, "2023-10-13", "Gaza City", "PSE", "Military Forces of Israel", "Civilians", 7, -1, "small_arms"}},
		},
		{
			name: "a strike someone wants guarantees against (بألا يقصف) is no strike",
			pub:  "2023-02-23",
			text: "قال الوزير إن بلاده تريد ضمانات بألا يقصف المسلحون الأحياء السكنية في مدينة حلب.",
			want: nil,
		},
		{
			name: "an offensive waged since a day is a campaign, not an incident",
			pub:  "2023-03-23",
			text: "وتشن القوات الحكومية منذ 18 فبراير هجوما عنيفا على بلدة دوما سيطرت خلاله على أحياء واسعة.",
			want: nil,
		},
		{
			name: "missiles counted off toward three cities are three events",
			pub:  "2023-04-11",
			text: "أطلق الحوثيون ثلاثة صواريخ باليستية مساء اليوم، كان أحدها باتجاه مدينة الرياض والآخر باتجاه مدينة نجران والثالث باتجاه جازان.",
			want: []want{
				{rasd.ShellingAttack, "2023-04-11", "Riyadh", "SAU", "Houthis", "-", -1, -1, "missile"},
				{rasd.ShellingAttack, "2023-04-11", "Najran", "SAU", "Houthis", "-", -1, -1, "missile"},
				{rasd.ShellingAttack, "2023-04-11", "Jazan", "SAU", "Houthis", "-", -1, -1, "missile"},
			},
		},
		{
			name: "air defences that managed to intercept (تمكنت … من اعتراض) did not strike",
			pub:  "2023-04-11",
			text: "سقطت شظايا صاروخ باليستي على حي سكني في مدينة جازان مساء اليوم. وتمكنت قوات الدفاع الجوي الملكي السعودي من اعتراضه.",
			want: []want{{rasd.ShellingAttack, "2023-04-11", "Jazan", "SAU", "-", "-", -1, -1, "missile"}},
		},
		{
			name: "an attack that was launched (الهجوم الذي شنه) is told as an act",
			pub:  "2024-02-04",
			text: "تضررت منازل عدة في الهجوم الذي شنه مسلحون على قرية يارو قرب بلدة باندياجارا مساء أمس.",
			want: []want{{rasd.ArmedClash, "2024-02-03", "Yarou", "MLI", "-", "-", -1, -1, ""}},
		},
		{
			name: "one figure for the dead and wounded together gives neither; the army's spokesman did not strike",
			pub:  "2020-04-30",
			text: "قال متحدث عسكري في الجيش المصري إن عشرة من أفراد الجيش المصري سقطوا بين قتيل وجريح جراء انفجار عبوة ناسفة جنوب مدينة بئر العبد اليوم. وأسفر الانفجار عن مقتل وإصابة 10 عسكريين.",
			want: []want{{rasd.RemoteExplosive, "2020-04-30", "Bir al-Abd", "EGY", "-", "Military Forces of Egypt", -1, -1, "ied"}},
		},
		{
			name: "kidnapping the homeland is a figure of speech",
			pub:  "2020-04-30",
			text: "قال الرئيس إن قوى الشر لا تزال تحاول خطف هذا الوطن.",
			want: nil,
		},
		{
			name: "rockets fired from Gaza at no place named fall in southern Israel",
			pub:  "2023-05-30",
			text: "أطلقت حركة الجهاد الإسلامي عشرات الصواريخ وقذائف الهاون من قطاع غزة مساء أمس دون وقوع إصابات.",
			want: []want{{rasd.ShellingAttack, "2023-05-29", "Southern Israel", "ISR", "Palestinian Islamic Jihad", "-", 0, 0, "missile,mortar"}},
		},
		{
			name: "rockets of the Gaza factions with no place at all fall in southern Israel",
			pub:  "2023-05-30",
			text: "أطلق مسلحون فلسطينيون عشرات الصواريخ عبر الحدود مساء أمس.",
			want: []want{{rasd.ShellingAttack, "2023-05-29", "Southern Israel", "ISR", "Palestinian militants", "-", -1, -1, "missile"}},
		},
		{
			name: "a second side striking after 'while' is a second act on the sentence's day",
			pub:  "2023-07-14",
			text: "قصف الجيش الإسرائيلي عشرات الأهداف في مدينة غزة مساء أمس، بينما أطلق مسلحون فلسطينيون عشرات الصواريخ عبر الحدود.",
			want: []want{
				{rasd.ShellingAttack, "2023-07-13", "Gaza City", "PSE", "Military Forces of Israel", "-", -1, -1, ""},
				{rasd.ShellingAttack, "2023-07-13", "Southern Israel", "ISR", "Palestinian militants", "-", -1, -1, "missile"},
			},
		},
		{
			name: "a drone named by whose it is (مسيرة إسرائيلية) strikes for its country",
			pub:  "2024-05-14",
			text: "استهدفت مسيرة إسرائيلية سيارة في بلدة بنت جبيل جنوبي لبنان مساء اليوم ما أدى إلى مقتل شخصين.",
			want: []want{{rasd.AirDroneStrike, "2024-05-14", "Bint Jbeil", "LBN", "Military Forces of Israel", "-", 2, -1, "drone"}},
		},
		{
			name: "a side's drone (طائرة مسيرة إسرائيلية) is a drone, not an aircraft too",
			pub:  "2024-05-14",
			text: "استهدفت طائرة مسيرة إسرائيلية سيارة في بلدة بنت جبيل جنوبي لبنان مساء اليوم ما أدى إلى مقتل شخصين.",
			want: []want{{rasd.AirDroneStrike, "2024-05-14", "Bint Jbeil", "LBN", "Military Forces of Israel", "-", 2, -1, "drone"}},
		},
		{
			name: "fighters of a group (مسلحون من جماعة X) after the verb are its attackers",
			pub:  "2024-05-14",
			text: "هاجم مسلحون من جماعة نصرة الإسلام والمسلمين قاعدة للجيش المالي في منطقة موبتي يوم الأحد، وقتل 12 جنديا.",
			want: []want{{rasd.ArmedClash, "2024-05-12", "Mopti", "MLI", "Nusrat al-Islam", "Military Forces of Mali", 12, -1, "small_arms"}},
		},
		{
			name: "an army telling its own strike on a member of a side",
			pub:  "2024-05-15",
			text: "أعلن الجيش الإسرائيلي، الأربعاء، أنه اغتال قياديا في حزب الله بغارة جوية على بلدة النبطية جنوبي لبنان.",
			want: []want{{rasd.AirDroneStrike, "2024-05-15", "Nabatieh", "LBN", "Military Forces of Israel", "Hezbollah", -1, -1, "aircraft"}},
		},
		{
			name: "people killed in an attack on a village are civilians; 'believed to be from' names the attackers",
			pub:  "2024-05-15",
			text: "قتل 7 أشخاص في هجوم لمسلحين يعتقد أنهم من تنظيم داعش على قرية في محافظة ديالى، مساء أمس.",
			want: []want{{rasd.Attack, "2024-05-14", "Diyala", "IRQ", "Islamic State", "Civilians", 7, -1, ""}},
		},
		{
			name: "killed in the active voice: the side is the killer, its object the dead",
			pub:  "2024-05-15",
			text: "قتل مستوطنون إسرائيليون فلسطينيا في قرية ترمسعيا شمال رام الله مساء أمس.",
			want: []want{{rasd.Attack, "2024-05-14", "Turmus Ayya", "PSE", "Israeli settlers", "Civilians", 1, -1, ""}},
		},
		{
			name: "Rif Dimashq is a governorate, not the countryside of one",
			pub:  "2024-05-15",
			text: "سقطت صواريخ إسرائيلية في ريف دمشق ليل أمس دون وقوع إصابات.",
			want: []want{{rasd.ShellingAttack, "2024-05-14", "Rif Dimashq", "SYR", "Military Forces of Israel", "-", 0, 0, "missile"}},
		},
		{
			name: "a command telling its own forces' strike abroad: a strike from the air",
			pub:  "2024-05-15",
			text: "أعلنت القيادة المركزية الأمريكية أن قواتها نفذت ضربة في سوريا قتلت قياديا في تنظيم حراس الدين.",
			want: []want{{rasd.AirDroneStrike, "2024-05-15", "Syria", "SYR", "Military Forces of the United States", "Hurras al-Din", 1, -1, ""}},
		},
		{
			name: "a ministry of defence with a demonym is that state's forces",
			pub:  "2024-05-15",
			text: "قالت وزارة الدفاع الروسية إنها دمرت مستودعا للأسلحة في ريف حلب بضربة جوية دقيقة أمس.",
			want: []want{{rasd.AirDroneStrike, "2024-05-14", "Aleppo countryside", "SYR", "Military Forces of Russia", "-", -1, -1, "aircraft"}},
		},
		{
			name: "a group announcing a strike claims it; the Gulf of Aden is a sea, not the city",
			pub:  "2024-05-15",
			text: "أعلن الحوثيون، الثلاثاء، استهداف سفينة تجارية بريطانية في خليج عدن بصاروخين باليستيين.",
			want: []want{{rasd.ShellingAttack, "2024-05-14", "Gulf of Aden", "YEM", "Houthis", "-", -1, -1, "missile"}},
		},
		{
			name: "most casualties of the war are a total, not an incident",
			pub:  "2024-03-06",
			text: "يقول مسؤولون في الأمم المتحدة إن معظم إصابات المدنيين في الحرب في اليمن كانت نتيجة غارات التحالف على مدينة صنعاء وغيرها.",
			want: nil,
		},
		{
			name: "explosive boats are a remote explosive; تدمر is 'destroys'; Colonel Turki is a man, not Turkey",
			pub:  "2018-09-30",
			text: "البحرية السعودية تدمر زورقين مفخخين للحوثيين قبالة ميناء جازان فجر اليوم، بحسب المتحدث العقيد تركي المالكي.",
			want: []want{{rasd.RemoteExplosive, "2018-09-30", "Jazan", "SAU", "Houthis", "-", -1, -1, "ied"}},
		},
		{
			name: "a disengagement force is no clash",
			pub:  "2018-06-30",
			text: "جدد مجلس الأمن الجمعة مهمة قوة الأمم المتحدة لمراقبة فض الاشتباك في هضبة الجولان لستة أشهر.",
			want: nil,
		},
		{
			name: "rocket shells (قذائف صاروخية) are missiles",
			pub:  "2024-05-17",
			text: "أصيب ثلاثة مدنيين بجروح جراء سقوط قذائف صاروخية أطلقتها فصائل المعارضة على أحياء مدينة حلب الغربية اليوم.",
			want: []want{{rasd.ShellingAttack, "2024-05-17", "Aleppo", "SYR", "Opposition Rebels", "Civilians", 0, 3, "missile"}},
		},
		{
			name: "people killed by a bombing that struck a mosque are civilians; كابول is Kabul",
			pub:  "2024-05-17",
			text: "قتل اثنا عشر شخصا على الأقل في تفجير انتحاري استهدف مسجدا في العاصمة الأفغانية كابول، أمس الخميس، وأعلن تنظيم داعش مسؤوليته عن الهجوم.",
			want: []want{{rasd.SuicideBomb, "2024-05-16", "Kabul", "AFG", "Islamic State", "Civilians", 12, -1, "suicide"}},
		},
		{
			name: "a chemical attack named with no day and no toll is the one the news is about",
			pub:  "2018-04-13",
			text: "قالت رئيسة الوزراء إن الحكومة السورية هي المسؤولة عن الهجوم الكيماوي في مدينة دوما.",
			want: nil,
		},
		{
			name: "the kidnapped (المختطفين) named in talk of them is no new abduction",
			pub:  "2024-05-17",
			text: "قالت عائلات المختطفين في مدينة درنة إنها لم تتلق أي معلومات عن ذويها.",
			want: nil,
		},
		{
			name: "an offensive 'to expel' (لطرد) is an aim, not ground taken",
			pub:  "2024-05-17",
			text: "بدأت القوات الحكومية السورية حشد قواتها في ريف حماة الشمالي لطرد المسلحين من بلدة اللطامنة.",
			want: nil,
		},
		{
			name: "a missile defence system delivered is no strike",
			pub:  "2018-10-03",
			text: "نشرت وزارة الدفاع الروسية مساء الثلاثاء لقطات لوصول نظام الدفاع الجوي الصاروخي إلى قاعدة حميميم في سوريا.",
			want: nil,
		},
		{
			name: "a capital after a place, a comma and a bearing only locates, even with a demonym before it",
			pub:  "2018-04-19",
			text: "قتلت قوات الحزام الأمني اثنين من قيادات التنظيم في محافظة أبين، جنوب شرق العاصمة اليمنية صنعاء، الخميس.",
			want: []want{{rasd.ArmedClash, "2018-04-19", "Abyan", "YEM", "Southern Transitional Council", "-", 2, -1, ""}},
		},
		{
			name: "a plane crash is an accident even when the plane is a country's",
			pub:  "2018-03-12",
			text: "أسفر حادث الطائرة التركية التي تحطمت جنوبي غربي إيران عن مقتل 11 شخصا.",
			want: nil,
		},
		{
			name: "a road between two places is one place: the end the report names elsewhere",
			pub:  "2025-08-25",
			text: "استهدفت غارة إسرائيلية مقاتلا في بلدة تبنين جنوبي لبنان اليوم. وقالت وزارة الصحة إن الغارة استهدفت مركبة على طريق عين المزراب – تبنين ما أدى إلى مقتل شخص.",
			want: []want{{rasd.AirDroneStrike, "2025-08-25", "Tebnine", "LBN", "Military Forces of Israel", "-", 1, -1, "aircraft"}},
		},
		{
			name: "a district named after a region refines the event told at the region",
			pub:  "2023-09-12",
			text: "غارات للتحالف في الساحل الغربي. وشنت مقاتلات التحالف أمس غارات على مواقع للمتمردين في مديرية حيس جنوبي الحديدة.",
			want: []want{{rasd.AirDroneStrike, "2023-09-11", "Hays", "YEM", "coalition", "Houthi", -1, -1, "aircraft"}},
		},
		{
			name: "the southern region of a Syrian report is no Israeli district",
			pub:  "2024-06-02",
			text: "قصفت طائرات حربية سورية أمس مواقع لفصائل المعارضة في المنطقة الجنوبية من البلاد، وفق المرصد السوري.",
			want: []want{{rasd.AirDroneStrike, "2024-06-01", "Syria", "SYR", "Syria", "Opposition", -1, -1, "aircraft"}},
		},
		{
			name: "damage denied gives no deaths, and says nothing of the hurt",
			pub:  "2024-07-10",
			text: "اعترضت الدفاعات الجوية السعودية أمس صاروخا أطلقه الحوثيون باتجاه مدينة جازان، ولم يتسبب الحطام بأي أضرار.",
			want: []want{{rasd.ShellingAttack, "2024-07-09", "Jazan", "SAU", "Houthi", "-", 0, -1, "missile"}},
		},
		{
			name: "a closing 'no one was hurt' covers every incident told before it",
			pub:  "2024-07-10",
			text: "أطلق الحوثيون أمس صاروخين باتجاه مدينة نجران ومدينة جازان. وأعلنت الدفاعات الجوية اعتراضهما. ولم تسجل أي أضرار أو إصابات.",
			want: []want{
				{rasd.ShellingAttack, "2024-07-09", "Najran", "SAU", "Houthi", "-", 0, 0, "missile"},
				{rasd.ShellingAttack, "2024-07-09", "Jazan", "SAU", "Houthi", "-", 0, 0, "missile"},
			},
		},
		{
			name: "sparing lives (لعدم وقوع ضحايا) is no report of none",
			pub:  "2024-07-10",
			text: "قصفت طائرات حربية أمس مواقع في بلدة سراقب في ريف إدلب، وقال مسؤول إن القصف جرى بدقة لعدم وقوع ضحايا بين المدنيين.",
			want: []want{{rasd.AirDroneStrike, "2024-07-09", "Saraqib", "SYR", "-", "Civilians", -1, -1, "aircraft"}},
		},
		{
			name: "a toll joined by و past an adjective is one sum",
			pub:  "2023-03-15",
			text: "قتل جنديان مصريان و6 مسلحين أمس في اشتباكات بمدينة العريش.",
			want: []want{{rasd.ArmedClash, "2023-03-14", "Arish", "EGY", "-", "Egypt", 8, -1, ""}},
		},
		{
			name: "مسلحين may be a plural: a figure in the report says how many",
			pub:  "2023-03-15",
			text: "مقتل مسلحين في اشتباك مع الشرطة بالعريش. وقتل 9 مسلحين أمس في تبادل لإطلاق النار مع قوات الشرطة في مدينة العريش.",
			want: []want{{rasd.ArmedClash, "2023-03-14", "Arish", "EGY", "Police", "-", 9, -1, ""}},
		},
		{
			name: "the side a title names strikes at the places the text gives",
			pub:  "2024-07-10",
			text: "الدفاعات السعودية تعترض صواريخ حوثية. وقال المتحدث إن الصواريخ كانت باتجاه مدينة نجران ومدينة جازان مساء أمس.",
			want: []want{
				{rasd.ShellingAttack, "2024-07-09", "Najran", "SAU", "Houthi", "-", -1, -1, "missile"},
				{rasd.ShellingAttack, "2024-07-09", "Jazan", "SAU", "Houthi", "-", -1, -1, "missile"},
			},
		},
		{
			name: "a group's parent (التابعة لتنظيم) is no party; soldiers from a country are its forces",
			pub:  "2024-03-04",
			text: "أعلنت جماعة أنصار الإسلام التابعة لتنظيم الدولة الإسلامية مسؤوليتها عن هجوم أمس في بلدة جيبو أسفر عن مقتل 12 جنديا من بوركينا فاسو.",
			want: []want{{rasd.ArmedClash, "2024-03-03", "Djibo", "BFA", "Ansaroul Islam", "Military Forces of Burkina Faso", 12, -1, ""}},
		},
		{
			name: "a day after وقعت is the act's, even inside what a ministry said",
			pub:  "2024-08-11",
			text: "أعلنت وزارة الداخلية السبت أن عبوة ناسفة كانت وراء انفجار دورية للشرطة في مدينة الزرقاء. وقالت الوزارة إن الحادثة التي وقعت مساء أمس الجمعة كانت تفجير عبوة استهدف الدورية وأدى إلى مقتل شرطي.",
			want: []want{{rasd.RemoteExplosive, "2024-08-09", "Zarqa", "JOR", "-", "Police", 1, -1, "ied"}},
		},
		{
			name: "ground taken by a force fighting for the government is regained",
			pub:  "2023-05-20",
			text: "سيطرت ألوية العمالقة أمس على مركز مديرية حيس بعد معارك عنيفة مع الحوثيين.",
			want: []want{{rasd.GovRegains, "2023-05-19", "Hays", "YEM", "Giants Brigades", "Houthi", -1, -1, ""}},
		},
		{
			name: "ground a foreign army takes is overtaken, not regained",
			pub:  "2023-05-20",
			text: "سيطر الجيش التركي أمس على قرية جنديرس في ريف عفرين بعد اشتباكات مع وحدات حماية الشعب.",
			want: []want{{rasd.NonStateOvertakes, "2023-05-19", "Jindires", "SYR", "Turkey", "People's Protection Units", -1, -1, ""}},
		},
		{
			name: "government forces are the event country's, even after another state's army",
			pub:  "2023-05-20",
			text: "قالت وزارة الدفاع الروسية إن طائراتها لم تشارك. واستعادت القوات الحكومية أمس السيطرة على بلدة حمورية في الغوطة الشرقية.",
			want: []want{{rasd.GovRegains, "2023-05-19", "Hamouriyeh", "SYR", "Military Forces of Syria", "-", -1, -1, ""}},
		},
		{
			name: "a district word calls a place from the population table a place",
			pub:  "2024-10-10",
			text: "قتل جنديان أمس في انفجار لغم أرضي في مديرية ميفعة بمحافظة شبوة.",
			want: []want{{rasd.RemoteExplosive, "2024-10-09", "Mayfaah", "YEM", "-", "-", 2, -1, "ied"}},
		},
		{
			name: "an embassy's seat is no event place",
			pub:  "2024-05-15",
			text: "استدعت الحكومة سفيريها في واشنطن وتل أبيب بعد مقتل 12 فلسطينيا برصاص الجيش الإسرائيلي في خان يونس أمس.",
			want: []want{{rasd.Attack, "2024-05-14", "Khan Yunis", "PSE", "Military Forces of Israel", "Civilians", 12, -1, "small_arms"}},
		},
		{
			name: "a state's truce (الهدنة الروسية) names no force of that state",
			pub:  "2024-02-28",
			text: "شهدت أطراف مدينة دوما اليوم اشتباكات بين فصائل المعارضة وقوات الدفاع الوطني رغم بدء سريان الهدنة الروسية.",
			want: []want{{rasd.ArmedClash, "2024-02-28", "Douma", "SYR", "-", "Opposition", -1, -1, ""}},
		},
		{
			name: "a member struck (استهدفت القيادي الحوثي) belongs to the side struck",
			pub:  "2024-04-23",
			text: "قتل القيادي الحوثي البارز في غارة جوية استهدفت القيادي الحوثي في مدينة الحديدة أمس.",
			want: []want{{rasd.AirDroneStrike, "2024-04-22", "Al Hudaydah", "YEM", "-", "Houthi", 1, -1, "aircraft"}},
		},
		{
			name: "the side blamed struck; the side blaming did not",
			pub:  "2024-04-23",
			text: "قتل 20 مدنيا في غارة جوية على حفل زفاف في مدينة حجة أمس. ووجه الحوثيون اللوم في الغارة إلى التحالف.",
			want: []want{{rasd.AirDroneStrike, "2024-04-22", "Hajjah", "YEM", "coalition", "Civilians", 20, -1, "aircraft"}},
		},
		{
			name: "the side right after the strike verb struck, past the day and the weapons",
			pub:  "2024-07-08",
			text: "قصفت طائرات حربية سورية، الأحد، بالصواريخ والبراميل المتفجرة، أماكن عدة في بلدة الحراك بريف درعا.",
			want: []want{{rasd.AirDroneStrike, "2024-07-07", "Al-Harak", "SYR", "Military Forces of Syria", "-", -1, -1, "aircraft,missile"}},
		},
		{
			name: "a condition (إذا نفذت … ضربة) tells no act",
			pub:  "2024-04-13",
			text: "قال السفير إنه إذا نفذت الولايات المتحدة ضربة عسكرية على مواقع في مدينة حمص فإن بلاده سترد.",
			want: nil,
		},
		{
			name: "whether (ما إذا) is no condition",
			pub:  "2024-04-13",
			text: "قصفت طائرات حربية أمس بلدة سراقب في ريف إدلب، ولم يتضح ما إذا كانت الغارات أسفرت عن قتلى.",
			want: []want{{rasd.AirDroneStrike, "2024-04-12", "Saraqib", "SYR", "-", "-", -1, -1, "aircraft"}},
		},
		{
			name: "a country after a verb of launching is its forces",
			pub:  "2024-02-03",
			text: "شنت الولايات المتحدة فجر اليوم غارات جوية على مواقع لفصائل مسلحة في منطقة القائم غربي الأنبار.",
			want: []want{{rasd.AirDroneStrike, "2024-02-03", "Al-Qaim", "IRQ", "Military Forces of the United States", "-", -1, -1, "aircraft"}},
		},
		{
			name: "a side that speaks (قالت X إن) is neither side of the act",
			pub:  "2024-03-07",
			text: "أعلنت جماعة الحوثي استهداف سفينة تجارية في خليج عدن بصاروخين، فيما قالت القيادة المركزية الأمريكية إن الهجوم أسفر عن مقتل ثلاثة بحارة.",
			want: []want{{rasd.ShellingAttack, "2024-03-07", "Gulf of Aden", "YEM", "Houthi", "-", 3, -1, "missile"}},
		},
		{
			name: "drones shot down are drones, not marches; no losses is none killed",
			pub:  "2025-03-10",
			text: "أسقطت الدفاعات الجوية مسيرات أطلقتها قوات الدعم السريع على مدينة بورتسودان فجر اليوم، دون وقوع خسائر.",
			want: []want{{rasd.AirDroneStrike, "2025-03-10", "Port Sudan", "SDN", "Rapid Support Forces", "-", 0, -1, "drone"}},
		},
		{
			name: "losses not yet disclosed are not none",
			pub:  "2025-03-10",
			text: "هاجم مسلحون قاعدة عسكرية في بلدة جيبو أمس، ولم يتم الكشف بعد عن الخسائر البشرية.",
			want: []want{{rasd.ArmedClash, "2025-03-09", "Djibo", "BFA", "-", "-", -1, -1, "small_arms"}},
		},
		{
			name: "a ministry announcing its act (أعلنت … تحييد) struck; members of a side (عناصر من) were struck",
			pub:  "2025-03-10",
			text: "أعلنت وزارة الدفاع التركية تحييد 7 عناصر من حزب العمال الكردستاني في غارات جوية على منطقة قنديل شمالي العراق.",
			want: []want{{rasd.AirDroneStrike, "2025-03-10", "Qandil Mountains", "IRQ", "Military Forces of Turkey", "Kurdistan Workers' Party", -1, -1, "aircraft"}},
		},
		{
			name: "a road between two towns (الطريق بين مدينتي X وY) is one place",
			pub:  "2025-03-10",
			text: "قتل ثلاثة أشخاص أمس في انفجار عبوة ناسفة استهدفت سيارة على الطريق بين مدينتي درعا وطفس.",
			want: []want{{rasd.RemoteExplosive, "2025-03-09", "Daraa", "SYR", "-", "Civilians", 3, -1, "ied"}},
		},
		{
			name: "a demonym of land (الساحل السوري) names the country of a town with namesakes elsewhere",
			pub:  "2025-03-08",
			text: "قتل أكثر من 200 مدني في عمليات إعدام ميدانية نفذتها قوات الأمن في قرى بريف جبلة على الساحل السوري يوم الجمعة.",
			want: []want{{rasd.Attack, "2025-03-07", "Jableh countryside", "SYR", "Syria", "Civilians", 200, -1, ""}},
		},
		{
			name: "the side that leads (بقيادة) is on the side it leads",
			pub:  "2024-12-01",
			text: "سيطرت فصائل المعارضة السورية بقيادة هيئة تحرير الشام على معظم أحياء مدينة حلب بعد انسحاب قوات النظام.",
			want: []want{{rasd.NonStateOvertakes, "2024-12-01", "Aleppo", "SYR", "Opposition", "Military Forces of Syria", -1, -1, ""}},
		},
		{
			name: "unnamed gunmen who killed (قتل مسلحون مجهولون أربعة مدنيين): the count follows them",
			pub:  "2025-05-14",
			text: "قتل مسلحون مجهولون أربعة مدنيين رميا بالرصاص في بلدة الصنمين بريف درعا الليلة الماضية.",
			want: []want{{rasd.Attack, "2025-05-13", "As-Sanamayn", "SYR", "-", "Civilians", 4, -1, "small_arms"}},
		},
		{
			name: "'while' and a toll of its own open a second act",
			pub:  "2024-08-10",
			text: "قتل ثمانية مدنيين في قصف جوي على مدينة خان شيخون اليوم فيما قتل ثلاثة آخرون في قصف جوي على بلدة التح.",
			want: []want{
				{rasd.AirDroneStrike, "2024-08-10", "Khan Shaykhun", "SYR", "-", "Civilians", 8, -1, "aircraft"},
				{rasd.AirDroneStrike, "2024-08-10", "Al-Tah", "SYR", "-", "-", 3, -1, "aircraft"},
			},
		},
		{
			name: "deaths with no figure beside dozens wounded: the dead stay unknown, the wounded are 12",
			pub:  "2024-09-09",
			text: "قصفت قوات النظام ليل الاثنين مدينة قلعة المضيق بعشرات الصواريخ، مما تسبب بسقوط قتلى وعشرات الجرحى.",
			want: []want{{rasd.ShellingAttack, "2024-09-09", "Qalaat al-Madiq", "SYR", "Syria", "-", -1, 12, "missile"}},
		},
		{
			name: "nouns joined by و count themselves: an officer and two soldiers are 3",
			pub:  "2023-05-02",
			text: "انفجرت عبوة ناسفة بدورية للجيش العراقي في منطقة الطارمية شمال بغداد مساء الأحد، ما أسفر عن مقتل ضابط وجنديين.",
			want: []want{{rasd.RemoteExplosive, "2023-04-30", "Tarmiyah", "IRQ", "-", "Military Forces of Iraq", 3, -1, "ied"}},
		},
		{
			name: "the dead named before 'in clashes with X': X fought them",
			pub:  "2023-05-02",
			text: "قتل 8 مسلحين في اشتباكات مع قوات الجيش المصري في مدينة الشيخ زويد بشمال سيناء أمس.",
			want: []want{{rasd.ArmedClash, "2023-05-01", "Sheikh Zuweid", "EGY", "Military Forces of Egypt", "-", 8, -1, ""}},
		},
		{
			name: "a person rammed or stabbed (دهس مستوطن طفلا) is the one attacked",
			pub:  "2023-05-02",
			text: "دهس مستوطن إسرائيلي طفلا فلسطينيا قرب بلدة حوارة جنوب نابلس أمس وفر من المكان.",
			want: []want{{rasd.Attack, "2023-05-01", "Huwara", "PSE", "settlers", "Civilians", -1, -1, "vehicle"}},
		},
		{
			name: "in Yemen the rebels are the Houthis; the side ground is taken from lost it",
			pub:  "2024-06-12",
			text: "استعادت ألوية العمالقة أمس مواقع جديدة من المتمردين في مديرية حيس جنوبي الحديدة.",
			want: []want{{rasd.GovRegains, "2024-06-11", "Hays", "YEM", "Giants Brigades", "Houthi", -1, -1, ""}},
		},
		{
			name: "a district named after a region in one sentence is the place",
			pub:  "2024-04-01",
			text: "وعلى جبهة الساحل الغربي، قصف طيران التحالف أمس مواقع للحوثيين في مدينة حيس.",
			want: []want{{rasd.AirDroneStrike, "2024-03-31", "Hays", "YEM", "coalition", "Houthi", -1, -1, "aircraft"}},
		},
		{
			name: "last week (الأسبوع الماضي) is a day of last week, not the day of the report",
			pub:  "2024-06-13",
			text: "قتل مدنيان في قصف مدفعي على بلدة كفرنبل في ريف إدلب الجنوبي الأسبوع الماضي.",
			want: []want{{rasd.ShellingAttack, "2024-06-06", "Kafr Nabl", "SYR", "-", "Civilians", 2, -1, "artillery"}},
		},
		{
			name: "two days ago (منذ يومين) dates the act; it opens no period of totals",
			pub:  "2024-06-13",
			text: "قتل مدنيان في قصف مدفعي على بلدة كفرنبل في ريف إدلب الجنوبي منذ يومين.",
			want: []want{{rasd.ShellingAttack, "2024-06-11", "Kafr Nabl", "SYR", "-", "Civilians", 2, -1, "artillery"}},
		},
		{
			name: "soldiers killed by a bomb are the side struck, whatever their spokesman says",
			pub:  "2024-05-02",
			text: "مقتل 10 عسكريين مصريين في انفجار استهدف مركبتهم في العريش. متحدث عسكري في الجيش المصري يقول إن عشرة من أفراد الجيش سقطوا بين قتيل وجريح جراء انفجار عبوة ناسفة أمس.",
			want: []want{{rasd.RemoteExplosive, "2024-05-01", "Arish", "EGY", "-", "Military Forces of Egypt", 10, -1, "ied"}},
		},
		{
			name: "the side that came under attack (تعرضت إلى هجوم) was struck",
			pub:  "2021-05-02",
			text: "قالت مصادر إن قوات الجيش في الطارمية تعرضت أمس إلى هجوم بعبوة ناسفة أودى بحياة 7 جنود.",
			want: []want{{rasd.RemoteExplosive, "2021-05-01", "Tarmiyah", "IRQ", "-", "Military Forces of Iraq", 7, -1, "ied"}},
		},
		{
			name: "an air strike on the Gaza Strip with no side named is Israel's",
			pub:  "2025-04-06",
			text: "استشهد ثلاثة مواطنين في غارة جوية استهدفت منزلا غرب مدينة خان يونس جنوب قطاع غزة فجر اليوم.",
			want: []want{{rasd.AirDroneStrike, "2025-04-06", "Khan Yunis", "PSE", "Military Forces of Israel", "Civilians", 3, -1, "aircraft"}},
		},
		{
			name: "a ceasefire is no shooting",
			pub:  "2024-01-10",
			text: "دخل وقف إطلاق النار في مدينة الحديدة حيز التنفيذ صباح اليوم وسط هدوء حذر.",
			want: nil,
		},
		{
			name: "a toll since the start of a war is a total",
			pub:  "2024-01-10",
			text: "ارتفعت حصيلة القتلى في البلاد منذ بدء الحرب إلى أكثر من 12 ألف شخص وفق الأمم المتحدة.",
			want: nil,
		},
		{
			name: "a court case is no attack",
			pub:  "2021-06-01",
			text: "قضت محكمة في القاهرة بالسجن المؤبد على المتهمين في قضية تفجير عبوة ناسفة قبل عامين.",
			want: nil,
		},
		{
			name: "a suicide car bomb with the lowest figure",
			pub:  "2021-09-20",
			text: "قتل 6 جنود على الأقل في هجوم انتحاري بسيارة مفخخة استهدف قاعدة عسكرية في مدينة بيدوا، وقال مسؤول محلي إن عدد القتلى بلغ 9.",
			want: []want{{rasd.SuicideBomb, "2021-09-20", "Baidoa", "SOM", "-", "-", 6, -1, "car_bomb,suicide"}},
		},
		{
			name: "a claim names the attacker",
			pub:  "2019-03-03",
			text: "أعلن تنظيم داعش مسؤوليته عن هجوم مسلح استهدف حاجزا للجيش العراقي في قضاء الحويجة جنوب غرب كركوك أمس السبت، ما أدى إلى مقتل جندي.",
			want: []want{{rasd.ArmedClash, "2019-03-02", "Hawija", "IRQ", "Islamic State", "Iraq", 1, -1, "small_arms"}},
		},
		{
			name: "places listed together are separate events sharing the toll",
			pub:  "2018-06-10",
			text: "قتل 19 مسلحا حوثيا في غارات لطيران التحالف على مديريات حيس وزبيد والجراحي اليوم.",
			want: []want{
				{rasd.AirDroneStrike, "2018-06-10", "Hays", "YEM", "coalition", "Houthis", 7, -1, "aircraft"},
				{rasd.AirDroneStrike, "2018-06-10", "Zabid", "YEM", "coalition", "Houthis", 6, -1, "aircraft"},
				{rasd.AirDroneStrike, "2018-06-10", "Al Jarrahi", "YEM", "coalition", "Houthis", 6, -1, "aircraft"},
			},
		},
		{
			name: "an intercepted missile is coded at its target",
			pub:  "2020-03-29",
			text: "اعترضت الدفاعات الجوية السعودية صاروخا باليستيا أطلقه الحوثيون من محافظة صعدة باتجاه مدينة جازان مساء أمس.",
			want: []want{{rasd.ShellingAttack, "2020-03-28", "Jazan", "SAU", "Houthis", "-", -1, -1, "missile"}},
		},
		{
			name: "an old attack is background",
			pub:  "2024-07-01",
			text: "وكانت المدينة قد تعرضت في عام 2016 لهجوم بالأسلحة الكيماوية أودى بحياة العشرات.",
			want: nil,
		},
		{
			name: "towns taken (a past verb) are incidents even without a day; a dual kind word reads both names",
			pub:  "2023-06-12",
			text: "قال مصدر عسكري إن الجيش السوري سيطر على بلدتي الحراك ورخم في ريف درعا الشرقي.",
			want: []want{
				{rasd.GovRegains, "2023-06-12", "Al-Harak", "SYR", "Syria", "-", -1, -1, ""},
				{rasd.GovRegains, "2023-06-12", "Rakhm", "SYR", "Syria", "-", -1, -1, ""},
			},
		},
		{
			name: "taking ground as an aim (لاستعادة: ل of purpose, and no verb استعاد+ه) is no event",
			pub:  "2023-06-12",
			text: "أرسل الجيش السوري الأحد تعزيزات إلى بلدة الحراك لاستعادة السيطرة عليها.",
			want: nil,
		},
		{
			name: "the pair after مديريتي: both ordinary-word names are places",
			pub:  "2023-09-10",
			text: "قتل ثلاثة جنود في هجوم شنه الحوثيون على مواقع للجيش اليمني في مديريتي حيران وعبس أمس.",
			want: []want{
				{rasd.ArmedClash, "2023-09-09", "Hayran", "YEM", "Houthis", "Yemen", 2, -1, ""},
				{rasd.ArmedClash, "2023-09-09", "Abs", "YEM", "Houthis", "Yemen", 1, -1, ""},
			},
		},
		{
			name: "a capital as a subject is its government, not the place struck",
			pub:  "2023-06-12",
			text: "اتهمت دمشق فصائل المعارضة بقصف مدينة حلب بالقذائف أمس ما أدى إلى مقتل ثلاثة مدنيين.",
			want: []want{{rasd.ShellingAttack, "2023-06-11", "Aleppo", "SYR", "Opposition", "Civilians", 3, -1, ""}},
		},
		{
			name: "'near X' is the place the article elsewhere locates by X",
			pub:  "2024-02-20",
			text: "قتل سبعة مدنيين في غارات جوية شنتها طائرات حربية سورية اليوم على آخر معاقل المعارضة قرب دمشق. ويحاصر الجيش منذ سنوات الغوطة الشرقية شرق دمشق.",
			want: []want{{rasd.AirDroneStrike, "2024-02-20", "Eastern Ghouta", "SYR", "Syria", "Civilians", 7, -1, "aircraft"}},
		},
		{
			name: "a toll given place by place is split as given, not evenly",
			pub:  "2024-05-10",
			text: "أصيب تسعة متظاهرين برصاص الجيش الإسرائيلي اليوم، بينهم 7 شرق مدينة غزة و2 شرق مخيم البريج.",
			want: []want{
				{rasd.Attack, "2024-05-10", "Gaza City", "PSE", "Israel", "Civilians", 0, 7, "small_arms"},
				{rasd.Attack, "2024-05-10", "Bureij Camp", "PSE", "Israel", "Civilians", 0, 2, "small_arms"},
			},
		},
		{
			name: "a list goes on past a reference point (X شمالي Y، وZ)",
			pub:  "2024-03-02",
			text: "قصفت المدفعية الإسرائيلية اليوم حي الشجاعية شرقي مدينة غزة، وبلدة بيت حانون.",
			want: []want{
				{rasd.ShellingAttack, "2024-03-02", "Gaza City", "PSE", "Israel", "-", -1, -1, "artillery"},
				{rasd.ShellingAttack, "2024-03-02", "Beit Hanoun", "PSE", "Israel", "-", -1, -1, "artillery"},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := rasd.Article{ID: "case", Text: tt.text, PublishedRaw: tt.pub}
			evs, err := x.Extract(a)
			if err != nil {
				t.Fatal(err)
			}
			checkEvidence(t, a, evs)
			if len(evs) != len(tt.want) {
				for _, ev := range evs {
					t.Logf("got %s %s %s", ev.SubEventType, ev.Date, ev.Location)
				}
				t.Fatalf("%d events, want %d", len(evs), len(tt.want))
			}
			for i, w := range tt.want {
				ev := evs[i]
				check := func(field, got, want string) {
					t.Helper()
					if got != want {
						t.Errorf("event %d %s = %q, want %q", i, field, got, want)
					}
				}
				check("sub_event_type", ev.SubEventType, w.sub)
				check("date", ev.Date, w.date)
				check("location", ev.Location, w.location)
				check("iso3", ev.ISO3, w.iso3)
				check("actor1", actorName(ev.Actor1, w.actor1), w.actor1)
				check("actor2", actorName(ev.Actor2, w.actor2), w.actor2)
				check("fatalities", num(ev.Fatalities), num(intPtr(w.killed)))
				check("injured", num(ev.Injured), num(intPtr(w.injured)))
				check("weapons", strings.Join(ev.Weapons, ","), w.weapons)
			}
		})
	}
}

// actorName returns want when a's name contains it, else a's name ("-"
// for none), so that a failing check prints what was found.
func actorName(a *rasd.Actor, want string) string {
	if a == nil {
		return "-"
	}
	if want != "-" && strings.Contains(a.Name, want) {
		return want
	}
	return a.Name
}

func intPtr(v int) *int {
	if v < 0 {
		return nil
	}
	return &v
}

func num(p *int) string {
	if p == nil {
		return "null"
	}
	return strconv.Itoa(*p)
}
