package data

import (
	"math/rand/v2"
	"slices"
	"strconv"
	"testing"
)

// More tables as people download them (Kaggle's and UCI's layouts), each
// with its documented target: headers as published, rows generated with
// the kinds and spreads of the originals.
func guessDownloads() []struct{ Name, Text, Want string } {
	bin := pick("0", "1")
	yn := pick("yes", "no")
	return []struct{ Name, Text, Want string }{
		{"house prices", genTable(200, gen{"Id", func(r int, _ *rand.Rand) string { return strconv.Itoa(r + 1) }},
			gen{"MSSubClass", pick("20", "30", "50", "60", "120")}, gen{"MSZoning", pick("RL", "RM", "FV", "RH")},
			gen{"LotArea", intIn(1300, 21000)}, gen{"Street", pick("Pave", "Grvl")}, gen{"OverallQual", intIn(1, 10)},
			gen{"YearBuilt", intIn(1872, 2010)}, gen{"CentralAir", pick("Y", "N")}, gen{"GrLivArea", intIn(334, 5642)},
			gen{"GarageCars", intIn(0, 4)}, gen{"SaleType", pick("WD", "New", "COD", "ConLD")},
			gen{"SaleCondition", pick("Normal", "Abnorml", "Partial", "AdjLand", "Alloca", "Family")}, gen{"SalePrice", intIn(34900, 755000)}), "SalePrice"},
		{"california housing", genTable(200, gen{"longitude", uniform(-124, -114, 2)}, gen{"latitude", uniform(32, 42, 2)},
			gen{"housing_median_age", intIn(1, 52)}, gen{"total_rooms", intIn(2, 39320)}, gen{"total_bedrooms", sometimes(0.01, intIn(1, 6445))},
			gen{"population", intIn(3, 35682)}, gen{"households", intIn(1, 6082)}, gen{"median_income", uniform(0.5, 15, 4)},
			gen{"median_house_value", intIn(14999, 500001)}, gen{"ocean_proximity", pick("<1H OCEAN", "INLAND", "NEAR OCEAN", "NEAR BAY", "ISLAND")}), "median_house_value"},
		{"bank marketing", genTable(200, gen{"age", intIn(18, 95)}, gen{"job", pick("admin.", "technician", "services", "management", "retired", "blue-collar")},
			gen{"marital", pick("married", "single", "divorced")}, gen{"education", pick("primary", "secondary", "tertiary", "unknown")},
			gen{"default", yn}, gen{"balance", intIn(-8019, 102127)}, gen{"housing", yn}, gen{"loan", yn},
			gen{"contact", pick("cellular", "telephone", "unknown")}, gen{"day", intIn(1, 31)}, gen{"month", pick("jan", "feb", "mar", "may", "jun", "jul")},
			gen{"duration", intIn(0, 4918)}, gen{"campaign", intIn(1, 63)}, gen{"pdays", intIn(-1, 871)}, gen{"previous", intIn(0, 275)},
			gen{"poutcome", pick("unknown", "failure", "other", "success")}, gen{"y", yn}), "y"},
		{"student performance", genTable(200, gen{"school", pick("GP", "MS")}, gen{"sex", pick("F", "M")}, gen{"age", intIn(15, 22)},
			gen{"address", pick("U", "R")}, gen{"famsize", pick("GT3", "LE3")}, gen{"Medu", intIn(0, 4)}, gen{"studytime", intIn(1, 4)},
			gen{"failures", intIn(0, 3)}, gen{"schoolsup", yn}, gen{"paid", yn}, gen{"internet", yn}, gen{"romantic", yn},
			gen{"health", intIn(1, 5)}, gen{"absences", intIn(0, 75)}, gen{"G1", intIn(3, 19)}, gen{"G2", intIn(0, 19)}, gen{"G3", intIn(0, 20)}), "G3"},
		{"bike sharing", genTable(200, gen{"instant", func(r int, _ *rand.Rand) string { return strconv.Itoa(r + 1) }},
			gen{"dteday", func(r int, _ *rand.Rand) string {
				return "2011-" + strconv.Itoa(1+r/28%12) + "-" + strconv.Itoa(1+r%28)
			}},
			gen{"season", intIn(1, 4)}, gen{"yr", bin}, gen{"mnth", intIn(1, 12)}, gen{"holiday", bin}, gen{"weekday", intIn(0, 6)},
			gen{"workingday", bin}, gen{"weathersit", intIn(1, 3)}, gen{"temp", uniform(0.05, 0.86, 6)}, gen{"hum", uniform(0, 0.97, 6)},
			gen{"windspeed", uniform(0.02, 0.5, 6)}, gen{"casual", intIn(2, 3410)}, gen{"registered", intIn(20, 6946)}, gen{"cnt", intIn(22, 8714)}), "cnt"},
		{"stroke", genTable(200, gen{"id", intIn(67, 72940)}, gen{"gender", pick("Male", "Female")}, gen{"age", intIn(1, 82)},
			gen{"hypertension", bin}, gen{"heart_disease", bin}, gen{"ever_married", pick("Yes", "No")},
			gen{"work_type", pick("Private", "Self-employed", "Govt_job", "children", "Never_worked")}, gen{"Residence_type", pick("Urban", "Rural")},
			gen{"avg_glucose_level", uniform(55, 272, 2)}, gen{"bmi", sometimes(0.04, uniform(10, 98, 1))},
			gen{"smoking_status", pick("formerly smoked", "never smoked", "smokes", "Unknown")}, gen{"stroke", bin}), "stroke"},
		{"abalone", genTable(200, gen{"Sex", pick("M", "F", "I")}, gen{"Length", uniform(0.075, 0.815, 3)}, gen{"Diameter", uniform(0.055, 0.65, 3)},
			gen{"Height", uniform(0, 1.13, 3)}, gen{"Whole weight", uniform(0.002, 2.8, 4)}, gen{"Shell weight", uniform(0.0015, 1, 4)},
			gen{"Rings", intIn(1, 29)}), "Rings"},
		{"adult", genTable(200, gen{"age", intIn(17, 90)}, gen{"workclass", pick("Private", "Self-emp-not-inc", "Local-gov", "?")},
			gen{"fnlwgt", intIn(12285, 1484705)}, gen{"education", pick("Bachelors", "HS-grad", "11th", "Masters", "Some-college")},
			gen{"education-num", intIn(1, 16)}, gen{"sex", pick("Male", "Female")}, gen{"capital-gain", intIn(0, 99999)},
			gen{"hours-per-week", intIn(1, 99)}, gen{"native-country", pick("United-States", "Cuba", "Jamaica", "India", "Mexico")},
			gen{"income", pick("<=50K", ">50K")}), "income"},
		{"heart failure", genTable(200, gen{"age", intIn(40, 95)}, gen{"anaemia", bin}, gen{"creatinine_phosphokinase", intIn(23, 7861)},
			gen{"diabetes", bin}, gen{"ejection_fraction", intIn(14, 80)}, gen{"high_blood_pressure", bin}, gen{"platelets", uniform(25100, 850000, 0)},
			gen{"serum_creatinine", uniform(0.5, 9.4, 1)}, gen{"sex", bin}, gen{"smoking", bin}, gen{"time", intIn(4, 285)}, gen{"DEATH_EVENT", bin}), "DEATH_EVENT"},
		{"insurance", genTable(200, gen{"age", intIn(18, 64)}, gen{"sex", pick("female", "male")}, gen{"bmi", uniform(16, 53, 3)},
			gen{"children", intIn(0, 5)}, gen{"smoker", yn}, gen{"region", pick("southwest", "southeast", "northwest", "northeast")},
			gen{"charges", uniform(1121, 63770, 4)}), "charges"},
		{"loan prediction", genTable(200, gen{"Loan_ID", func(r int, _ *rand.Rand) string { return "LP00" + strconv.Itoa(1002+r) }},
			gen{"Gender", pick("Male", "Female")}, gen{"Married", pick("Yes", "No")}, gen{"Dependents", pick("0", "1", "2", "3+")},
			gen{"Education", pick("Graduate", "Not Graduate")}, gen{"Self_Employed", sometimes(0.05, pick("Yes", "No"))},
			gen{"ApplicantIncome", intIn(150, 81000)}, gen{"LoanAmount", sometimes(0.03, intIn(9, 700))}, gen{"Credit_History", sometimes(0.08, bin)},
			gen{"Property_Area", pick("Urban", "Rural", "Semiurban")}, gen{"Loan_Status", pick("Y", "N")}), "Loan_Status"},
		{"heart disease", genTable(200, gen{"age", intIn(29, 77)}, gen{"sex", bin}, gen{"cp", intIn(0, 3)}, gen{"trestbps", intIn(94, 200)},
			gen{"chol", intIn(126, 564)}, gen{"fbs", bin}, gen{"thalach", intIn(71, 202)}, gen{"exang", bin}, gen{"oldpeak", uniform(0, 6.2, 1)},
			gen{"ca", intIn(0, 4)}, gen{"thal", intIn(0, 3)}, gen{"target", bin}), "target"},
		{"heart failure prediction", genTable(200, gen{"Age", intIn(28, 77)}, gen{"Sex", pick("M", "F")}, gen{"ChestPainType", pick("ATA", "NAP", "ASY", "TA")},
			gen{"RestingBP", intIn(0, 200)}, gen{"Cholesterol", intIn(0, 603)}, gen{"FastingBS", bin}, gen{"MaxHR", intIn(60, 202)},
			gen{"ExerciseAngina", pick("N", "Y")}, gen{"Oldpeak", uniform(-2.6, 6.2, 1)}, gen{"ST_Slope", pick("Up", "Flat", "Down")}, gen{"HeartDisease", bin}), "HeartDisease"},
		{"telco churn", genTable(200, gen{"customerID", func(r int, _ *rand.Rand) string { return strconv.Itoa(7590+r) + "-VHVEG" }},
			gen{"gender", pick("Female", "Male")}, gen{"SeniorCitizen", bin}, gen{"Partner", yn}, gen{"tenure", intIn(0, 72)},
			gen{"PhoneService", yn}, gen{"Contract", pick("Month-to-month", "One year", "Two year")}, gen{"PaperlessBilling", yn},
			gen{"MonthlyCharges", uniform(18, 119, 2)}, gen{"TotalCharges", uniform(18, 8685, 2)}, gen{"Churn", yn}), "Churn"},
		{"wine quality", genTable(200, gen{"fixed acidity", uniform(4.6, 15.9, 1)}, gen{"volatile acidity", uniform(0.12, 1.58, 2)},
			gen{"residual sugar", uniform(0.9, 15.5, 1)}, gen{"pH", uniform(2.7, 4, 2)}, gen{"alcohol", uniform(8.4, 14.9, 1)}, gen{"quality", intIn(3, 8)}), "quality"},
		{"mobile prices", genTable(200, gen{"battery_power", intIn(501, 1998)}, gen{"blue", bin}, gen{"clock_speed", uniform(0.5, 3, 1)},
			gen{"dual_sim", bin}, gen{"int_memory", intIn(2, 64)}, gen{"ram", intIn(256, 3998)}, gen{"touch_screen", bin}, gen{"wifi", bin},
			gen{"price_range", intIn(0, 3)}), "price_range"},
		{"purchases", genTable(200, gen{"name", func(r int, _ *rand.Rand) string { return "Customer " + strconv.Itoa(r) }},
			gen{"age", intIn(20, 65)}, gen{"income", uniform(800, 5000, 2)}, gen{"city", pick("Paris", "Lyon", "Nice")}, gen{"bought", yn}), "bought"},
		{"hotel bookings", genTable(200, gen{"hotel", pick("Resort Hotel", "City Hotel")}, gen{"is_canceled", bin}, gen{"lead_time", intIn(0, 737)},
			gen{"arrival_date_month", pick("July", "August", "May")}, gen{"adults", intIn(0, 4)}, gen{"meal", pick("BB", "HB", "FB", "SC")},
			gen{"is_repeated_guest", bin}, gen{"adr", uniform(0, 500, 2)}), "is_canceled"},
	}
}

func TestGuessDownloads(t *testing.T) {
	right := 0
	for _, tt := range guessDownloads() {
		t.Run(tt.Name, func(t *testing.T) {
			g := GuessTarget(mustParse(t, tt.Text))
			if g.Name != tt.Want {
				t.Errorf("GuessTarget = %q (runner-up %q), want %q", g.Name, g.Alt, tt.Want)
			} else {
				right++
			}
		})
	}
	t.Logf("%d of %d", right, len(guessDownloads()))
}

// Where the position decides against a name, the named column is offered:
// the stroke table ends with "stroke", and "heart_disease" holds two
// values and a quantity word. Where neither name nor content speaks for the
// runner-up (tips' last column, "size"), nothing is offered.
func TestGuessTargetClose(t *testing.T) {
	for _, tt := range []struct{ table, name, alt string }{
		{"stroke", "stroke", "heart_disease"},
		{"california housing", "median_house_value", "median_income"},
		{"purchases", "bought", "income"},
		{"adult", "income", ""},
	} {
		var text string
		for _, d := range guessDownloads() {
			if d.Name == tt.table {
				text = d.Text
			}
		}
		if g := GuessTarget(mustParse(t, text)); g.Name != tt.name || g.Alt != tt.alt {
			t.Errorf("%s: GuessTarget = %+v, want %s with %q close", tt.table, g, tt.name, tt.alt)
		}
	}
	if g := GuessTarget(mustParse(t, guessTables()[0].Text)); g.Name != "tip" || g.Alt != "" {
		t.Errorf("tips: GuessTarget = %+v, want tip and no close runner-up", g)
	}
}

func TestNameWords(t *testing.T) {
	for _, tt := range []struct {
		name string
		want []string
	}{
		{"SalePrice", []string{"sale", "price"}},
		{"MSSubClass", []string{"ms", "sub", "class"}},
		{"median_house_value", []string{"median", "house", "value"}},
		{"DEATH_EVENT", []string{"death", "event"}},
		{"customerID", []string{"customer", "id"}},
		{"G3", []string{"g3"}},
		{"fixed acidity", []string{"fixed", "acidity"}},
		{"Espèce", []string{"espèce"}},
		{"", nil},
	} {
		if got := nameWords(tt.name); !slices.Equal(got, tt.want) {
			t.Errorf("nameWords(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}
