package rasd

// Event types and sub-event types of ACLED's taxonomy used by rasd
// (../shared/eval/README.md section 1).
const (
	Battles                  = "Battles"
	ExplosionsRemoteViolence = "Explosions/Remote violence"
	ViolenceAgainstCivilians = "Violence against civilians"

	ArmedClash        = "Armed clash"
	GovRegains        = "Government regains territory"
	NonStateOvertakes = "Non-state actor overtakes territory"
	AirDroneStrike    = "Air/drone strike"
	ShellingAttack    = "Shelling/artillery/missile attack"
	RemoteExplosive   = "Remote explosive/landmine/IED"
	SuicideBomb       = "Suicide bomb"
	Grenade           = "Grenade"
	ChemicalWeapon    = "Chemical weapon"
	Attack            = "Attack"
	Abduction         = "Abduction/forced disappearance"
	SexualViolence    = "Sexual violence"
)

// EventTypeOf returns the event type a sub-event type belongs to, or "".
func EventTypeOf(sub string) string {
	switch sub {
	case ArmedClash, GovRegains, NonStateOvertakes:
		return Battles
	case AirDroneStrike, ShellingAttack, RemoteExplosive, SuicideBomb, Grenade, ChemicalWeapon:
		return ExplosionsRemoteViolence
	case Attack, Abduction, SexualViolence:
		return ViolenceAgainstCivilians
	}
	return ""
}

// Actor is a side of an event, named in ACLED's style.
type Actor struct {
	Name    string   `json:"name"`
	Aliases []string `json:"aliases"`
	Type    string   `json:"type,omitempty"`    // ACLED actor type, e.g. "State Forces"
	Country string   `json:"country,omitempty"` // ISO alpha-3
}

// Event is one incident of political violence as an article reports it.
// The JSON form is the output format of ../shared/eval/README.md section 4
// plus rasd's richer fields.
type Event struct {
	EventType     string     `json:"event_type"`
	SubEventType  string     `json:"sub_event_type"`
	Date          string     `json:"date"`                     // YYYY-MM-DD, local day
	DatePrecision string     `json:"date_precision,omitempty"` // day | week (a week the text names: its middle) | publication (no day in text)
	TimeOfDay     string     `json:"time_of_day,omitempty"`    // dawn, morning, noon, afternoon, evening, night
	ISO3          string     `json:"iso3"`
	Admin1        string     `json:"admin1"`
	Admin2        string     `json:"admin2,omitempty"`
	Location      string     `json:"location"`
	Lat           *float64   `json:"lat"`
	Lon           *float64   `json:"lon"`
	GeoPrecision  int        `json:"geo_precision"`
	Actor1        *Actor     `json:"actor1"`
	Actor2        *Actor     `json:"actor2"`
	Fatalities    *int       `json:"fatalities"`
	Injured       *int       `json:"injured"`
	Weapons       []string   `json:"weapons"`
	ClaimedBy     *Actor     `json:"claimed_by"`
	Claims        []Claim    `json:"claims,omitempty"`
	Evidence      []Evidence `json:"evidence"`
}

// Stance says how the article presents a claim.
type Stance string

const (
	StanceFact       Stance = "fact"       // stated by the outlet itself
	StanceAttributed Stance = "attributed" // a source says so
	StanceClaimed    Stance = "claimed"    // a party claims its own act
	StanceDenied     Stance = "denied"     // a party denies it
)

// Claim is one value a source gives for one field: "two rockets hit, per a
// security source"; "at least five injured, per Reuters citing US officials".
type Claim struct {
	Field      string    `json:"field"`            // fatalities, injured, weapons, claimed_by, event, ...
	Value      string    `json:"value"`            // the value as rasd reads it
	Source     string    `json:"source,omitempty"` // who says so, as the text names them; "" = the outlet
	Stance     Stance    `json:"stance"`
	Span       Evidence  `json:"span"` // the words of the claim
	SourceSpan *Evidence `json:"source_span,omitempty"`
}
