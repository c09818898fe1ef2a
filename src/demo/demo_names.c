/*
 * demo_names.c: the words synthetic people and places are made of.
 *
 * Every person of the demo is invented: a given name and a family name drawn independently
 * from lists of common names in England, so no record describes anyone. Places are common
 * English place-name words; agencies take them with a generic ending ("Surgery", "Primary
 * School"), and every agency name carries the area's own synthetic name.
 */
#include "demo/demo_int.h"

static const char *const girls[] = {
	"Olivia", "Amelia", "Isla", "Ava", "Ivy", "Freya", "Lily", "Florence", "Mia", "Willow",
	"Rosie", "Sophia", "Isabella", "Grace", "Daisy", "Sienna", "Poppy", "Elsie", "Emily",
	"Ella", "Evelyn", "Phoebe", "Sofia", "Evie", "Charlotte", "Harper", "Millie", "Matilda",
	"Maya", "Ruby", "Aisha", "Zara", "Maryam", "Fatima", "Amira", "Layla", "Hannah", "Chloe",
	"Jessica", "Lucy", "Megan", "Holly", "Amber", "Leah", "Nadia", "Priya", "Chanelle",
	"Kayla", "Jade", "Keira", "Paige", "Courtney", "Abigail", "Molly", "Ellie", "Esme",
	"Maja", "Zofia", "Amelie", "Niamh",
};

static const char *const boys[] = {
	"Muhammad", "Noah", "Oliver", "George", "Leo", "Arthur", "Oscar", "Theodore", "Freddie",
	"Archie", "Henry", "Alfie", "Charlie", "Jack", "Jacob", "Thomas", "Harry", "Lucas",
	"Isaac", "Joshua", "Ethan", "Mason", "Logan", "Reuben", "Riley", "Tyler", "Kai", "Jayden",
	"Callum", "Connor", "Ryan", "Liam", "Dylan", "Kyle", "Jordan", "Bradley", "Aaron",
	"Adam", "Ibrahim", "Yusuf", "Omar", "Ali", "Hassan", "Zain", "Arjun", "Rohan", "Kacper",
	"Jakub", "Filip", "Tomasz", "Daniel", "Samuel", "Joseph", "Reggie", "Lewis", "Kian",
	"Ashton", "Finley", "Harvey", "Jenson",
};

static const char *const families[] = {
	"Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies",
	"Robinson", "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall",
	"Wood", "Jackson", "Clarke", "Patel", "Khan", "Lewis", "James", "Phillips", "Mason",
	"Mitchell", "Rose", "Davis", "Rodriguez", "Cox", "Alexander", "Morgan", "Moore", "Mills",
	"King", "Baker", "Harrison", "Hughes", "Edwards", "Turner", "Hill", "Cooper", "Ward",
	"Morris", "Harris", "Clark", "Hussain", "Ahmed", "Ali", "Begum", "Shah", "Akhtar",
	"Kaur", "Singh", "Mensah", "Okafor", "Adeyemi", "Campbell", "Francis", "Grant",
	"Nowak", "Kowalski", "Wisniewski", "Murphy", "Kelly", "O'Brien", "Byrne", "Walsh",
	"Chen", "Wong", "Nguyen", "Ozturk", "Yilmaz", "Popescu", "Ionescu", "Santos", "Silva",
	"Bennett", "Cook", "Carter", "Parker", "Collins", "Stewart", "Lee", "Scott", "Young",
};

static const char *const places[] = {
	"Oakfield", "Riverside", "Hillcrest", "Meadowbank", "Ashgrove", "Beechwood", "Brookside",
	"Castlefields", "Elmwood", "Fairview", "Greenway", "Hawthorn", "Highfield", "Kingsway",
	"Lakeside", "Larchwood", "Millbrook", "Northgate", "Orchard", "Parkside", "Queensway",
	"Redhill", "Rosewood", "Southfield", "Springfield", "Stonebridge", "Sycamore", "Thornbury",
	"Victoria", "Westfield", "Willowbank", "Woodlands", "Moorside", "Heathfield", "Longmeadow",
	"Fernhill", "Church Lane", "Marsh Green", "Bridgewater", "Halfway",
};

const char *
d_name_given(struct rng *r, char sex)
{
	if (sex == 'F')
		return girls[rng_below(r, (uint32_t)D_N(girls))];
	return boys[rng_below(r, (uint32_t)D_N(boys))];
}

const char *
d_name_family(struct rng *r)
{
	return families[rng_below(r, (uint32_t)D_N(families))];
}

const char *
d_name_place(long k)
{
	return places[k % D_N(places)];
}

int
d_name_places(void)
{
	return D_N(places);
}
