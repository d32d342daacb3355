package model

import (
	"fmt"
	"strings"
	"sync"
)

// The gazetteer: the names regions are found by, and the lookup tables that
// are built from them once, at start-up.
//
// Names are "|"-separated and written as they appear in running text, because
// their spelling is the rule for finding them in a headline: a capitalised
// word must be capitalised there ("Turkey", not the bird), a word in capitals
// must be in capitals ("US", not "us"), a lower-case word may be written any
// way ("Côte d'Ivoire", "Bosnia and Herzegovina"). Matching ignores accents,
// punctuation and a leading "the". Three marks go before a name:
//
//	~Jordan  also a common first name: inferred from text only beside a word
//	         such as "king" or "president" ("Jordan's king", "President of Chad")
//	-Pacific a fine tag but too loose in a headline ("Pacific Gas"): never inferred
//	!US      capitals that also spell an English word: not inferred from text
//	         written all in capitals ("WE TOLD US")
//
// Left out on purpose, because the same name is as often something else:
// Georgia (the US state; the country is found by Tbilisi and "Republic of
// Georgia") and Georgian; English (the language); Sydney, Sofia, Florence,
// Victoria and Adelaide (first names); Santiago, Kingston, Georgetown,
// Hamilton, Perth, Tripoli, Alexandria, Naples, Valencia, Guadalajara,
// Odessa, Male, Birmingham and Manchester (cities of the same name elsewhere);
// Finn, Pole and Kiwi; PNG and CAR (common abbreviations).
//
// Placement: the country decides; cities and regions inside it follow it.
//   - Egypt is Middle East, as on most wire desks (Arab League, Gaza, Suez);
//     the rest of North Africa (Libya to Mauritania, Sudan) is Africa.
//   - Turkey/Türkiye, Cyprus, Russia and the South Caucasus are Europe, as at
//     the BBC; Istanbul and Ankara follow Turkey.
//   - Afghanistan, Central Asia and Mongolia are Asia - Pacific.
//   - Greenland is Europe (its news is Danish and European politics); Puerto
//     Rico, the Caribbean and the Falklands are Americas; Hawaii and Alaska
//     follow the United States (Americas).
//   - Indian is India (American Indian and Indian Ocean are phrases of their own).
//   - Washington, city or state, is Americas either way.

// nation is one country or territory and the names that point to it.
type nation struct {
	code     string // ISO 3166-1 alpha-2
	region   Region
	names    string // the country's own names, official and common
	places   string // capitals, big cities, provinces and landmarks in it
	demonyms string // words for its people; a plural with "s" is added
}

var nations = [...]nation{
	// Africa
	{"DZ", Africa, "Algeria|People's Democratic Republic of Algeria", "Algiers|Oran", "Algerian"},
	{"AO", Africa, "Angola", "Luanda|Cabinda", "Angolan"},
	{"BJ", Africa, "Benin|Dahomey", "Porto-Novo|Cotonou", "Beninese"},
	{"BW", Africa, "Botswana", "Gaborone|Francistown", "Motswana|Batswana|Botswanan"},
	{"BF", Africa, "Burkina Faso|Upper Volta", "Ouagadougou|Bobo-Dioulasso", "Burkinabe|Burkinabè"},
	{"BI", Africa, "Burundi", "Gitega|Bujumbura", "Burundian"},
	{"CV", Africa, "Cabo Verde|Cape Verde", "Praia", "Cape Verdean|Cabo Verdean"},
	{"CM", Africa, "Cameroon|Cameroun", "Yaoundé|Douala", "Cameroonian"},
	{"CF", Africa, "Central African Republic", "Bangui", "Central African"},
	{"TD", Africa, "~Chad|Republic of Chad", "N'Djamena|Ndjamena", "Chadian"},
	{"KM", Africa, "Comoros|Union of the Comoros", "Moroni", "Comorian"},
	{"CG", Africa, "Republic of the Congo|Republic of Congo|Congo Republic|Congo-Brazzaville|Congo",
		"Brazzaville|Pointe-Noire", "Congolese"},
	{"CD", Africa, "Democratic Republic of the Congo|Democratic Republic of Congo|DR Congo|D.R. Congo|DRC|Congo-Kinshasa|Zaire",
		"Kinshasa|Goma|Bukavu|Lubumbashi|Kivu|North Kivu|South Kivu|Ituri", "Congolese"},
	{"CI", Africa, "Côte d'Ivoire|Ivory Coast", "Abidjan|Yamoussoukro|Bouaké", "Ivorian|Ivoirian"},
	{"DJ", Africa, "Djibouti", "", "Djiboutian"},
	{"GQ", Africa, "Equatorial Guinea", "Malabo", "Equatorial Guinean|Equatoguinean"},
	{"ER", Africa, "Eritrea", "Asmara|Massawa", "Eritrean"},
	{"SZ", Africa, "Eswatini|Swaziland", "Mbabane|Lobamba", "Swazi|Liswati"},
	{"ET", Africa, "Ethiopia|Abyssinia", "Addis Ababa|Tigray|Amhara|Oromia|Mekelle", "Ethiopian"},
	{"GA", Africa, "Gabon|Gabonese Republic", "Libreville", "Gabonese"},
	{"GM", Africa, "Gambia", "Banjul", "Gambian"},
	{"GH", Africa, "Ghana", "Accra|Kumasi", "Ghanaian"},
	{"GN", Africa, "Guinea|Republic of Guinea|Guinea-Conakry", "Conakry", "Guinean"},
	{"GW", Africa, "Guinea-Bissau", "Bissau", "Bissau-Guinean"},
	{"KE", Africa, "Kenya", "Nairobi|Mombasa|Kisumu", "Kenyan"},
	{"LS", Africa, "Lesotho", "Maseru", "Basotho|Mosotho"},
	{"LR", Africa, "Liberia", "Monrovia", "Liberian"},
	{"LY", Africa, "Libya", "Benghazi|Misrata|Sirte", "Libyan"},
	{"MG", Africa, "Madagascar", "Antananarivo", "Malagasy|Madagascan"},
	{"MW", Africa, "Malawi", "Lilongwe|Blantyre", "Malawian"},
	{"ML", Africa, "Mali", "Bamako|Timbuktu", "Malian"},
	{"MR", Africa, "Mauritania", "Nouakchott", "Mauritanian"},
	{"MU", Africa, "Mauritius", "Port Louis", "Mauritian"},
	{"MA", Africa, "Morocco", "Rabat|Casablanca|Marrakech|Marrakesh|Tangier", "Moroccan"},
	{"MZ", Africa, "Mozambique", "Maputo|Cabo Delgado", "Mozambican"},
	{"NA", Africa, "Namibia", "Windhoek", "Namibian"},
	{"NE", Africa, "Niger|Republic of Niger", "Niamey|Agadez", "Nigerien"},
	{"NG", Africa, "Nigeria", "Abuja|Lagos|Kano|Ibadan|Port Harcourt|Maiduguri|Borno", "Nigerian"},
	{"RW", Africa, "Rwanda", "Kigali", "Rwandan"},
	{"ST", Africa, "São Tomé and Príncipe|São Tomé", "", "Santomean"},
	{"SN", Africa, "Senegal", "Dakar|Touba", "Senegalese"},
	{"SC", Africa, "Seychelles", "", "Seychellois"},
	{"SL", Africa, "Sierra Leone", "Freetown", "Sierra Leonean"},
	{"SO", Africa, "Somalia|Somaliland", "Mogadishu|Hargeisa|Puntland|Kismayo", "Somali|Somalian"},
	{"ZA", Africa, "South Africa", "Pretoria|Johannesburg|Joburg|Cape Town|Durban|Soweto|Gauteng", "South African"},
	{"SS", Africa, "South Sudan", "Juba", "South Sudanese"},
	{"SD", Africa, "Sudan", "Khartoum|Omdurman|Port Sudan|Darfur|El Fasher|Kordofan", "Sudanese"},
	{"TZ", Africa, "Tanzania|United Republic of Tanzania", "Dodoma|Dar es Salaam|Zanzibar|Arusha|Kilimanjaro", "Tanzanian"},
	{"TG", Africa, "Togo", "Lomé", "Togolese"},
	{"TN", Africa, "Tunisia", "Tunis|Sfax", "Tunisian"},
	{"UG", Africa, "Uganda", "Kampala|Entebbe", "Ugandan"},
	{"ZM", Africa, "Zambia", "Lusaka", "Zambian"},
	{"ZW", Africa, "Zimbabwe", "Harare|Bulawayo", "Zimbabwean"},
	{"EH", Africa, "Western Sahara|Sahrawi Arab Democratic Republic", "Laayoune|El Aaiún", "Sahrawi|Saharawi"},
	{"RE", Africa, "-Réunion", "", ""},
	{"YT", Africa, "Mayotte", "", ""},
	{"SH", Africa, "Saint Helena", "", ""},

	// Americas
	{"AG", Americas, "Antigua and Barbuda|Antigua|Barbuda", "", "Antiguan"},
	{"AR", Americas, "Argentina", "Buenos Aires", "Argentine|Argentinian"},
	{"BS", Americas, "Bahamas", "Nassau", "Bahamian"},
	{"BB", Americas, "Barbados", "Bridgetown", "Barbadian|Bajan"},
	{"BZ", Americas, "Belize", "Belmopan|Belize City", "Belizean"},
	{"BO", Americas, "Bolivia|Plurinational State of Bolivia", "La Paz", "Bolivian"},
	{"BR", Americas, "Brazil|Brasil", "Brasília|São Paulo|Rio de Janeiro", "Brazilian"},
	{"CA", Americas, "Canada", "Ottawa|Toronto|Montreal|Vancouver|Calgary|Edmonton|Winnipeg|Quebec|Ontario|Alberta|" +
		"British Columbia|Manitoba|Saskatchewan|Nova Scotia|New Brunswick|Newfoundland|Prince Edward Island|Yukon|Nunavut",
		"Canadian|Quebecer|Québécois"},
	{"CL", Americas, "Chile", "Valparaíso", "Chilean"},
	{"CO", Americas, "Colombia", "Bogotá|Medellín", "Colombian"},
	{"CR", Americas, "Costa Rica", "San José", "Costa Rican"},
	{"CU", Americas, "Cuba", "Havana|Guantánamo|Guantánamo Bay", "Cuban"},
	{"DM", Americas, "Dominica|Commonwealth of Dominica", "Roseau", "Dominican"},
	{"DO", Americas, "Dominican Republic", "Santo Domingo|Punta Cana", "Dominican"},
	{"EC", Americas, "Ecuador", "Quito|Guayaquil|Galápagos|Galápagos Islands", "Ecuadorian|Ecuadorean"},
	{"SV", Americas, "El Salvador", "San Salvador", "Salvadoran|Salvadorean"},
	{"GD", Americas, "Grenada", "", "Grenadian"},
	{"GT", Americas, "Guatemala", "Guatemala City", "Guatemalan"},
	{"GY", Americas, "Guyana", "", "Guyanese"},
	{"HT", Americas, "Haiti", "Port-au-Prince", "Haitian"},
	{"HN", Americas, "Honduras", "Tegucigalpa|San Pedro Sula", "Honduran"},
	{"JM", Americas, "Jamaica", "Montego Bay", "Jamaican"},
	{"MX", Americas, "Mexico|United Mexican States", "Mexico City|Monterrey|Tijuana|Ciudad Juárez|Cancún|Acapulco|Sinaloa|Chiapas|Oaxaca",
		"Mexican"},
	{"NI", Americas, "Nicaragua", "Managua", "Nicaraguan"},
	{"PA", Americas, "Panama", "Panama City|Panama Canal", "Panamanian"},
	{"PY", Americas, "Paraguay", "Asunción", "Paraguayan"},
	{"PE", Americas, "Peru", "Lima|Cusco|Cuzco|Machu Picchu", "Peruvian"},
	{"KN", Americas, "Saint Kitts and Nevis|St Kitts and Nevis|Saint Kitts|St Kitts|Nevis", "Basseterre", "Kittitian|Nevisian"},
	{"LC", Americas, "Saint Lucia|St Lucia", "Castries", "Saint Lucian|St Lucian"},
	{"VC", Americas, "Saint Vincent and the Grenadines|St Vincent and the Grenadines|Saint Vincent|St Vincent", "Kingstown", "Vincentian"},
	{"SR", Americas, "Suriname|Surinam", "Paramaribo", "Surinamese"},
	{"TT", Americas, "Trinidad and Tobago|Trinidad|Tobago", "Port of Spain", "Trinidadian|Tobagonian"},
	{"US", Americas, "United States|United States of America|!US|U.S.|USA|U.S.A.|America",
		"Washington|Washington, D.C.|Washington DC|New York|New York City|Los Angeles|Chicago|Houston|San Francisco|" +
			"Miami|Boston|Seattle|Atlanta|Philadelphia|Detroit|Las Vegas|New Orleans|Silicon Valley|Wall Street|" +
			"White House|Pentagon|Capitol Hill|New England|NASA|" +
			"Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|Illinois|" +
			"Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|" +
			"Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|North Carolina|North Dakota|Ohio|" +
			"Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|" +
			"West Virginia|Wisconsin|Wyoming",
		"American"},
	{"UY", Americas, "Uruguay", "Montevideo", "Uruguayan"},
	{"VE", Americas, "Venezuela|Bolivarian Republic of Venezuela", "Caracas|Maracaibo", "Venezuelan"},
	{"PR", Americas, "Puerto Rico", "San Juan", "Puerto Rican"},
	{"BM", Americas, "Bermuda", "", "Bermudian"},
	{"KY", Americas, "Cayman Islands", "", ""},
	{"", Americas, "Virgin Islands", "", ""},
	{"VG", Americas, "British Virgin Islands", "", ""},
	{"VI", Americas, "US Virgin Islands", "", ""},
	{"TC", Americas, "Turks and Caicos|Turks and Caicos Islands", "", ""},
	{"AW", Americas, "Aruba", "", ""},
	{"CW", Americas, "Curaçao", "", ""},
	{"SX", Americas, "Sint Maarten", "", ""},
	{"AI", Americas, "Anguilla", "", ""},
	{"MS", Americas, "Montserrat", "", ""},
	{"GP", Americas, "Guadeloupe", "", ""},
	{"MQ", Americas, "Martinique", "", ""},
	{"GF", Americas, "French Guiana", "", ""},
	{"FK", Americas, "Falkland Islands|Falklands|Malvinas", "", "Falkland Islander"},

	// Asia - Pacific
	{"AF", AsiaPacific, "Afghanistan", "Kabul|Kandahar|Herat|Helmand|Jalalabad|Mazar-i-Sharif", "Afghan"},
	{"AU", AsiaPacific, "Australia|Commonwealth of Australia", "Canberra|Melbourne|Brisbane|Queensland|New South Wales|" +
		"Tasmania|Western Australia|South Australia|Northern Territory", "Australian|Aussie"},
	{"BD", AsiaPacific, "Bangladesh", "Dhaka|Chittagong|Cox's Bazar", "Bangladeshi"},
	{"BT", AsiaPacific, "Bhutan", "Thimphu", "Bhutanese"},
	{"BN", AsiaPacific, "Brunei|Brunei Darussalam", "Bandar Seri Begawan", "Bruneian"},
	{"KH", AsiaPacific, "Cambodia|Kampuchea", "Phnom Penh|Siem Reap", "Cambodian|Khmer"},
	{"CN", AsiaPacific, "China|People's Republic of China|PRC|Mainland China", "Beijing|Peking|Shanghai|Shenzhen|Guangzhou|" +
		"Wuhan|Chongqing|Tianjin|Chengdu|Xinjiang|Tibet|Lhasa|Inner Mongolia|Zhongnanhai", "Chinese|Tibetan|Uyghur|Uighur"},
	{"FJ", AsiaPacific, "Fiji", "Suva", "Fijian"},
	{"IN", AsiaPacific, "India|Bharat|Republic of India", "New Delhi|Delhi|Mumbai|Bombay|Kolkata|Calcutta|Chennai|Madras|" +
		"Bengaluru|Bangalore|Hyderabad|Kashmir|Punjab|Manipur|Lok Sabha|Rajya Sabha|ISRO|Sriharikota", "Indian|Kashmiri"},
	{"ID", AsiaPacific, "Indonesia", "Jakarta|Bali|Sumatra|Borneo|Papua|West Papua|Surabaya|Aceh", "Indonesian"},
	{"JP", AsiaPacific, "Japan|Nippon", "Tokyo|Osaka|Kyoto|Yokohama|Hiroshima|Nagasaki|Fukushima|Okinawa|Hokkaido", "Japanese"},
	{"KZ", AsiaPacific, "Kazakhstan", "Astana|Nur-Sultan|Almaty", "Kazakh|Kazakhstani"},
	{"KI", AsiaPacific, "Kiribati", "Tarawa", "I-Kiribati"},
	{"KG", AsiaPacific, "Kyrgyzstan|Kyrgyz Republic|Kirghizia", "Bishkek", "Kyrgyz"},
	{"LA", AsiaPacific, "Laos|Lao PDR|Lao People's Democratic Republic", "Vientiane|Luang Prabang", "Lao|Laotian"},
	{"MY", AsiaPacific, "Malaysia", "Kuala Lumpur|Putrajaya|Sabah|Sarawak|Penang", "Malaysian"},
	{"MV", AsiaPacific, "Maldives", "", "Maldivian"},
	{"MH", AsiaPacific, "Marshall Islands", "Majuro", "Marshallese"},
	{"FM", AsiaPacific, "Micronesia|Federated States of Micronesia", "Palikir", "Micronesian"},
	{"MN", AsiaPacific, "Mongolia", "Ulaanbaatar|Ulan Bator", "Mongolian"},
	{"MM", AsiaPacific, "Myanmar|Burma", "Naypyidaw|Nay Pyi Taw|Yangon|Rangoon|Mandalay|Rakhine", "Burmese|Rohingya"},
	{"NR", AsiaPacific, "Nauru", "Yaren", "Nauruan"},
	{"NP", AsiaPacific, "Nepal", "Kathmandu|Pokhara", "Nepali|Nepalese"},
	{"NZ", AsiaPacific, "New Zealand|Aotearoa", "Wellington|Auckland|Christchurch", "New Zealander"},
	{"KP", AsiaPacific, "North Korea|DPRK|Democratic People's Republic of Korea", "Pyongyang", "North Korean"},
	{"PK", AsiaPacific, "Pakistan", "Islamabad|Karachi|Lahore|Peshawar|Rawalpindi|Quetta|Balochistan", "Pakistani"},
	{"PW", AsiaPacific, "Palau", "Ngerulmud|Koror", "Palauan"},
	{"PG", AsiaPacific, "Papua New Guinea", "Port Moresby|New Guinea", "Papua New Guinean"},
	{"PH", AsiaPacific, "Philippines", "Manila|Mindanao|Luzon|Cebu|Davao", "Filipino|Filipina|Philippine"},
	{"WS", AsiaPacific, "Samoa", "Apia", "Samoan"},
	{"AS", AsiaPacific, "American Samoa", "", ""},
	{"SG", AsiaPacific, "Singapore", "", "Singaporean"},
	{"SB", AsiaPacific, "Solomon Islands|Solomons", "Honiara", "Solomon Islander"},
	{"KR", AsiaPacific, "South Korea|Korea|Republic of Korea", "Seoul|Busan|Incheon", "South Korean|Korean"},
	{"LK", AsiaPacific, "Sri Lanka|Ceylon", "Colombo|Kandy|Jaffna", "Sri Lankan"},
	{"TJ", AsiaPacific, "Tajikistan", "Dushanbe", "Tajik|Tajikistani"},
	{"TH", AsiaPacific, "Thailand|Siam", "Bangkok|Phuket|Chiang Mai|Pattaya", "Thai"},
	{"TL", AsiaPacific, "Timor-Leste|East Timor", "Dili", "Timorese|East Timorese"},
	{"TO", AsiaPacific, "Tonga", "Nuku'alofa", "Tongan"},
	{"TM", AsiaPacific, "Turkmenistan", "Ashgabat", "Turkmen"},
	{"TV", AsiaPacific, "Tuvalu", "Funafuti", "Tuvaluan"},
	{"UZ", AsiaPacific, "Uzbekistan", "Tashkent|Samarkand", "Uzbek"},
	{"VU", AsiaPacific, "Vanuatu", "Port Vila", "Ni-Vanuatu"},
	{"VN", AsiaPacific, "Vietnam|Viet Nam", "Hanoi|Ho Chi Minh City|Saigon|Da Nang|Haiphong", "Vietnamese"},
	{"TW", AsiaPacific, "Taiwan|Republic of China|Chinese Taipei", "Taipei|Kaohsiung|Taichung|Tainan|Taoyuan|Hualien|Hsinchu|Keelung|Yilan", "Taiwanese"},
	{"HK", AsiaPacific, "Hong Kong", "Kowloon", "Hongkonger|Hong Konger"},
	{"MO", AsiaPacific, "Macau|Macao", "", "Macanese"},
	{"GU", AsiaPacific, "Guam", "", ""},
	{"MP", AsiaPacific, "Northern Mariana Islands", "Saipan", ""},
	{"NC", AsiaPacific, "New Caledonia", "Nouméa", ""},
	{"PF", AsiaPacific, "French Polynesia|Tahiti", "Papeete", ""},
	{"CK", AsiaPacific, "Cook Islands", "", ""},
	{"NU", AsiaPacific, "Niue", "", ""},
	{"TK", AsiaPacific, "Tokelau", "", ""},

	// Europe
	{"AL", Europe, "Albania", "Tirana", "Albanian"},
	{"AD", Europe, "Andorra", "Andorra la Vella", "Andorran"},
	{"AM", Europe, "Armenia", "Yerevan", "Armenian"},
	{"AT", Europe, "Austria", "Vienna|Salzburg|Innsbruck|Graz", "Austrian"},
	{"AZ", Europe, "Azerbaijan", "Baku|Nagorno-Karabakh|Karabakh", "Azerbaijani|Azeri"},
	{"BY", Europe, "Belarus|Byelorussia", "Minsk", "Belarusian|Belarussian"},
	{"BE", Europe, "Belgium", "Brussels|Antwerp|Ghent|Bruges|Flanders|Wallonia", "Belgian|Flemish|Walloon"},
	{"BA", Europe, "Bosnia and Herzegovina|Bosnia-Herzegovina|Bosnia|Herzegovina|Republika Srpska",
		"Sarajevo|Mostar|Srebrenica", "Bosnian"},
	{"BG", Europe, "Bulgaria", "Plovdiv|Varna", "Bulgarian"},
	{"HR", Europe, "Croatia", "Zagreb|Dubrovnik", "Croatian|Croat"},
	{"CY", Europe, "Cyprus|Northern Cyprus", "Nicosia|Limassol", "Cypriot|Greek Cypriot|Turkish Cypriot"},
	{"CZ", Europe, "Czechia|Czech Republic", "Prague|Brno", "Czech|Czechs"},
	{"DK", Europe, "Denmark", "Copenhagen|Folketing", "Danish|Dane"},
	{"EE", Europe, "Estonia", "Tallinn", "Estonian"},
	{"FI", Europe, "Finland", "Helsinki", "Finnish"},
	{"FR", Europe, "France|French Republic", "Paris|Marseille|Lyon|Toulouse|Bordeaux|Lille|Strasbourg|Calais|Corsica|Élysée|" +
		"Élysée Palace|SNCF|RATP", "French"},
	{"GE", Europe, "-Georgia (country)|Republic of Georgia|Sakartvelo", "Tbilisi|Batumi|Kutaisi|Abkhazia|South Ossetia", ""},
	{"DE", Europe, "Germany|Federal Republic of Germany|Deutschland", "Berlin|Munich|Frankfurt|Hamburg|Cologne|Stuttgart|" +
		"Düsseldorf|Leipzig|Dresden|Bavaria|Bundestag|Deutsche Bahn", "German"},
	{"GR", Europe, "Greece|Hellenic Republic", "Athens|Thessaloniki|Piraeus|Crete|Lesbos|Corfu", "Greek"},
	{"HU", Europe, "Hungary", "Budapest", "Hungarian"},
	{"IS", Europe, "Iceland", "Reykjavík", "Icelandic|Icelander"},
	{"IE", Europe, "Ireland|Republic of Ireland|Éire", "Dublin|Cork|Galway|Dáil", "Irish"},
	{"IT", Europe, "Italy", "Rome|Milan|Turin|Venice|Genoa|Bologna|Sicily|Sardinia|Lampedusa|Trenitalia", "Italian"},
	{"LV", Europe, "Latvia", "Riga", "Latvian"},
	{"LI", Europe, "Liechtenstein", "Vaduz", "Liechtensteiner"},
	{"LT", Europe, "Lithuania", "Vilnius", "Lithuanian"},
	{"LU", Europe, "Luxembourg", "", "Luxembourger|Luxembourgish"},
	{"MT", Europe, "Malta", "Valletta", "Maltese"},
	{"MD", Europe, "Moldova|Republic of Moldova", "Chișinău|Transnistria", "Moldovan"},
	{"MC", Europe, "Monaco", "Monte Carlo", "Monegasque"},
	{"ME", Europe, "Montenegro", "Podgorica", "Montenegrin"},
	{"NL", Europe, "Netherlands|Holland", "Amsterdam|Rotterdam|Hague|Utrecht|Eindhoven", "Dutch"},
	{"MK", Europe, "North Macedonia|Macedonia", "Skopje", "Macedonian|North Macedonian"},
	{"NO", Europe, "Norway", "Oslo|Svalbard|Storting", "Norwegian"},
	{"PL", Europe, "Poland", "Warsaw|Kraków|Gdańsk|Wrocław|Łódź|Sejm", "Polish"},
	{"PT", Europe, "Portugal", "Lisbon|Porto|Madeira|Azores", "Portuguese"},
	{"RO", Europe, "Romania", "Bucharest|Cluj|Transylvania", "Romanian"},
	{"RU", Europe, "Russia|Russian Federation", "Moscow|Kremlin|Chechnya|Kaliningrad|Roscosmos|State Duma", "Russian"},
	{"SM", Europe, "San Marino", "", "Sammarinese"},
	{"RS", Europe, "Serbia", "Belgrade|Novi Sad", "Serbian|Serb"},
	{"SK", Europe, "Slovakia|Slovak Republic", "Bratislava", "Slovak|Slovakian"},
	{"SI", Europe, "Slovenia", "Ljubljana", "Slovenian|Slovene"},
	{"ES", Europe, "Spain|España", "Madrid|Barcelona|Seville|Bilbao|Catalonia|Andalusia|Canary Islands|Mallorca|Majorca|Ibiza|" +
		"Basque Country|Renfe", "Spanish|Spaniard|Catalan|Basque"},
	{"SE", Europe, "Sweden", "Stockholm|Gothenburg|Malmö|Riksdag", "Swedish|Swede"},
	{"CH", Europe, "Switzerland", "Bern|Berne|Zurich|Geneva|Basel|Lausanne|Davos", "Swiss"},
	{"TR", Europe, "Turkey|Türkiye|Republic of Türkiye", "Ankara|Istanbul|Izmir|Antalya", "Turkish|Turk"},
	{"UA", Europe, "Ukraine", "Kyiv|Kiev|Kharkiv|Odesa|Lviv|Dnipro|Zaporizhzhia|Mariupol|Bakhmut|Kherson|Donetsk|Luhansk|" +
		"Donbas|Donbass|Crimea|Sevastopol", "Ukrainian"},
	{"GB", Europe, "United Kingdom|UK|U.K.|Britain|Great Britain|England|Scotland|Wales|Northern Ireland|" +
		"United Kingdom of Great Britain and Northern Ireland", "London|Edinburgh|Glasgow|Cardiff|Belfast|Liverpool|" +
		"Downing Street|Westminster|Whitehall", "British|Briton|Brit|Scottish|Scot|Welsh|Northern Irish"},
	{"VA", Europe, "Vatican|Vatican City|Holy See", "", ""},
	{"XK", Europe, "Kosovo", "Pristina|Prishtina", "Kosovar|Kosovan"},
	{"GL", Europe, "Greenland", "Nuuk", "Greenlandic|Greenlander"},
	{"FO", Europe, "Faroe Islands|Faroes", "Tórshavn", "Faroese"},
	{"GI", Europe, "Gibraltar", "", ""},
	{"IM", Europe, "Isle of Man", "", ""},
	{"", Europe, "Channel Islands", "", ""},

	// Middle East
	{"BH", MiddleEast, "Bahrain", "Manama", "Bahraini"},
	{"EG", MiddleEast, "Egypt|Arab Republic of Egypt", "Cairo|Giza|Sinai|Suez|Suez Canal|Sharm el-Sheikh", "Egyptian"},
	{"IR", MiddleEast, "Iran|Islamic Republic of Iran", "Tehran|Isfahan|Mashhad|Tabriz|Natanz|Fordow", "Iranian"},
	{"IQ", MiddleEast, "Iraq", "Baghdad|Mosul|Basra|Erbil|Kirkuk|Fallujah|Najaf|Karbala|Iraqi Kurdistan", "Iraqi"},
	{"IL", MiddleEast, "Israel|State of Israel", "Jerusalem|Tel Aviv|Haifa|Golan Heights|Knesset", "Israeli"},
	{"JO", MiddleEast, "~Jordan|Hashemite Kingdom of Jordan", "Amman|Aqaba", "Jordanian"},
	{"KW", MiddleEast, "Kuwait", "Kuwait City", "Kuwaiti"},
	{"LB", MiddleEast, "Lebanon", "Beirut|Sidon", "Lebanese"},
	{"OM", MiddleEast, "Oman", "Muscat|Salalah", "Omani"},
	{"QA", MiddleEast, "Qatar", "Doha", "Qatari"},
	{"SA", MiddleEast, "Saudi Arabia|Kingdom of Saudi Arabia|KSA", "Riyadh|Jeddah|Mecca|Makkah", "Saudi"},
	{"SY", MiddleEast, "Syria|Syrian Arab Republic", "Damascus|Aleppo|Idlib|Homs|Raqqa|Latakia", "Syrian"},
	{"AE", MiddleEast, "United Arab Emirates|UAE|U.A.E.|Emirates", "Abu Dhabi|Dubai|Sharjah", "Emirati"},
	{"YE", MiddleEast, "Yemen", "Sanaa|Sana'a|Aden|Hodeidah|Marib", "Yemeni"},
	{"PS", MiddleEast, "Palestine|State of Palestine|Palestinian territories|Occupied Palestinian Territories|Gaza|" +
		"Gaza Strip|West Bank", "Ramallah|East Jerusalem|Gaza City|Rafah|Khan Younis|Hebron|Nablus|Jenin", "Palestinian"},
}

// regionAliases are the names of the regions themselves and of the parts of
// the world each one stands for. LookupRegion accepts them; all but the
// "-" ones are also found in headlines.
//
// MENA (and "Middle East and North Africa") is Middle East: it is how Middle
// East desks name their patch, and only Egypt of its North African half
// would otherwise land elsewhere than Africa. North Africa and the Maghreb
// are Africa. The Caucasus is Europe and Central Asia is Asia - Pacific,
// following the countries in them.
var regionAliases = [...]struct {
	region Region
	names  string
}{
	{Africa, "African|Sub-Saharan Africa|Subsaharan Africa|North Africa|Northern Africa|West Africa|Western Africa|" +
		"East Africa|Eastern Africa|Southern Africa|Central Africa|Horn of Africa|Sahel|Maghreb|African Union"},
	{Americas, "the Americas|America|Latin America|South America|North America|Central America|Caribbean|LatAm|" +
		"Latin American|South American|North American|Central American|Latin America and the Caribbean|" +
		"Latin America & Caribbean|US & Canada|US and Canada|West Indies|West Indian|Andes|Andean|Western Hemisphere"},
	{AsiaPacific, "Asia-Pacific|AsiaPacific|Asia and the Pacific|APAC|Asia|Asian|Oceania|-Pacific|Australasia|" +
		"South Asia|East Asia|Southeast Asia|South-East Asia|Central Asia|North Asia|Northeast Asia|Far East|" +
		"Indo-Pacific|South Pacific|Pacific Islands|ASEAN|Indochina|Polynesia|Melanesia|Indian subcontinent|" +
		"South Asian|East Asian|Southeast Asian|Central Asian|Himalayas"},
	{Europe, "European|EU|E.U.|European Union|Eastern Europe|Western Europe|Central Europe|Northern Europe|" +
		"Southern Europe|Central and Eastern Europe|Balkans|Western Balkans|Scandinavia|Scandinavian|Nordics|" +
		"Nordic|Nordic countries|Baltics|Baltic states|Eurozone|euro zone|euro area|Caucasus|South Caucasus|" +
		"Iberia|Iberian Peninsula|Benelux|British Isles"},
	{MiddleEast, "MiddleEast|Mideast|Middle Eastern|MENA|Middle East and North Africa|Near East|-Gulf|Gulf states|" +
		"Gulf region|Gulf Arab states|Persian Gulf|Arabian Gulf|GCC|Levant|Arab world|Arabian Peninsula|Kurdistan"},
}

// screenLabels are the short region names dateline itself shows: the list's
// badges (ui/rows.go) and the tab bar's names when it is narrow
// (ui/tabs.go). Whatever the screen says can be typed back after region:
// or --region, so LookupRegion accepts them; they are not looked for in
// feed tags or headlines, where "EUR" is a currency and "AMER" a name.
var screenLabels = [...]struct {
	region Region
	names  string
}{
	{Africa, "AFR"},
	{Americas, "AMER|Amer."},
	{AsiaPacific, "APAC"},
	{Europe, "EUR"},
	{MiddleEast, "MIDE|MidEast"},
}

// headlinePhrases are found only in text, where they win over the names
// inside them by being longer. Those under Other stop a false match and
// give no region.
var headlinePhrases = [...]struct {
	region Region
	names  string
}{
	{Other, "Paris Hilton|Indian Ocean|Brussels sprouts|French fries|Dutch oven|guinea pig|guinea pigs"},
	{Americas, "Paris, Texas|Athens, Georgia|London, Ontario|Lebanon, Pennsylvania|Moscow, Idaho|" +
		"African American|African Americans|Native American|Native Americans|American Indian|American Indians|" +
		"Asian American|Asian Americans|Indian Wells|Cleveland Indians|Pennsylvania Dutch|" +
		"Gulf of Mexico|Gulf of America|Pacific Northwest"},
}

// stateWords, next to an ambiguous name, say it is the country: "Jordan's
// king", "Chad junta", "the President of Chad".
var stateWords = map[string]bool{
	"king": true, "queen": true, "monarch": true, "crown": true, "royal": true, "kingdom": true,
	"president": true, "presidential": true, "premier": true, "prime": true, "minister": true,
	"ministry": true, "government": true, "parliament": true, "junta": true, "regime": true,
	"army": true, "military": true, "troops": true, "embassy": true, "foreign": true, "authorities": true,
}

// whereWords, before an ambiguous name, say it is a place: "in southern
// Jordan", "across Chad".
var whereWords = map[string]bool{
	"in": true, "into": true, "across": true, "southern": true, "northern": true, "eastern": true,
	"western": true, "central": true, "neighbouring": true, "neighboring": true,
}

// The lookup tables, built once from the gazetteer and never changed:
// regionIndex maps region names and aliases to regions and labelIndex the
// screen's short names, both at start-up (they are small, and --region needs
// them); the place index is built on first use, for it holds every
// country's name in every language CLDR has (gazetteer_world.go).
var regionIndex, labelIndex = buildRegionIndexes()

// places is the place index: countries maps country names, places and
// demonyms to their region and country (CountryRegion, LookupCountry), text is what InferRegions matches words of
// headlines against, and runs what it matches inside runs of scripts
// written without spaces. It is read from places.tsv, which buildPlaces
// makes (see places.go).
var places = sync.OnceValue(loadPlaces)

// PreparePlaces reads the place index now, if it is not read yet: a
// program about to parse feeds calls it on a goroutine of its own at
// start, so that the first story to be placed need not wait.
func PreparePlaces() { places() }

type placeIndex struct {
	countries map[string]placeRef
	text      map[string]place
	runs      map[string]runPlace
}

// buildRegionIndexes and buildPlaces panic if the gazetteer gives one name
// two regions: that is a mistake in the data, and every test run finds it.
func buildRegionIndexes() (regions, labels map[string]Region) {
	b := indexBuilder{regions: make(map[string]Region, 200)}
	b.addRegionNames(false)
	labels = make(map[string]Region, 2*len(screenLabels))
	for _, l := range screenLabels {
		for name := range strings.SplitSeq(l.names, "|") {
			b.add(labels, l.region, "-"+name)
		}
	}
	return b.regions, labels
}

// addRegionNames adds the regions' names and aliases to the region index,
// and to the text index if inText.
func (b *indexBuilder) addRegionNames(inText bool) {
	add := func(r Region, name string) {
		if !inText {
			name = "-" + strings.TrimLeft(name, "-")
		}
		b.add(b.regions, r, name)
	}
	add(Other, Other.String())
	for _, r := range WorldRegions {
		add(r, r.String())
	}
	for _, a := range regionAliases {
		for name := range strings.SplitSeq(a.names, "|") {
			add(a.region, name)
		}
	}
}

func buildPlaces() *placeIndex {
	b := indexBuilder{
		regions:   make(map[string]Region, 200),
		countries: make(map[string]placeRef, 30000),
		clashes:   make(map[string]bool),
		text:      make(map[string]place, 30000),
		runs:      make(map[string]runPlace, 4000),
	}
	b.addRegionNames(true)
	for _, n := range nations {
		ref := placeRef{region: n.region, country: countryOf(n.code)}
		for name := range strings.SplitSeq(n.names+"|"+n.places, "|") {
			b.addCountry(ref, name)
		}
		for name := range strings.SplitSeq(n.demonyms, "|") {
			b.addCountry(ref, name)
			if plural := pluralize(name); plural != "" {
				b.addCountry(ref, plural)
			}
		}
	}
	for _, h := range headlinePhrases {
		for name := range strings.SplitSeq(h.names, "|") {
			b.addText(placeRef{region: h.region}, name, 0)
		}
	}
	b.addWorldNames()
	indexFirstWords(b.text)
	return &placeIndex{countries: b.countries, text: b.text, runs: b.runs}
}

// indexFirstWords gives the first word of every name in the text index its
// span and lead, adding the word as prefixOnly when it is no name itself.
func indexFirstWords(text map[string]place) {
	firsts := make(map[string]place)
	for key, p := range text {
		firstKey, _, _ := strings.Cut(key, " ")
		first, ok := firsts[firstKey]
		if !ok {
			first = place{span: 1, lead: allCaps}
		}
		first.span = max(first.span, uint8(strings.Count(key, " ")+1))
		first.lead = min(first.lead, p.caps&3)
		firsts[firstKey] = first
	}
	for key, first := range firsts {
		p, ok := text[key]
		if !ok {
			p = place{flags: prefixOnly}
		}
		p.span, p.lead = first.span, first.lead
		text[key] = p
	}
}

type indexBuilder struct {
	regions   map[string]Region
	countries map[string]placeRef
	text      map[string]place
	runs      map[string]runPlace
	// clashes are the keys of the countries ("c"+key), text ("t"+key) and
	// run ("r"+key) indexes that two countries share: they keep their
	// region and name no country.
	clashes map[string]bool
}

// A placeRef is where a name points: a region, and a country unless the
// name is a region's or two countries share it ("Congolese").
type placeRef struct {
	region  Region
	country Country
}

// merge returns the country old and ref share: ref's when old has none
// and never had two, none when they differ. clashes records the key.
func (b *indexBuilder) merge(key string, old, ref Country) Country {
	switch {
	case b.clashes[key]:
		return 0
	case old == 0 || old == ref:
		return ref
	case ref == 0:
		return old
	}
	if b.clashes != nil {
		b.clashes[key] = true
	}
	return 0
}

// add puts a region's name into the region index and, unless it is marked
// "-", into the text index.
func (b *indexBuilder) add(index map[string]Region, r Region, name string) {
	name, flags, inText := marks(name)
	if name == "" {
		return
	}
	key := string(nameKey(nil, name))
	if old, ok := index[key]; ok && old != r {
		panic(fmt.Sprintf("model: gazetteer gives %q two regions, %v and %v", name, old, r))
	}
	index[key] = r
	if inText && r != Other {
		b.addText(placeRef{region: r}, name, flags)
	}
}

// addCountry puts a name of a nation into the country index and, unless
// it is marked "-", into the text index.
func (b *indexBuilder) addCountry(ref placeRef, name string) {
	name, flags, inText := marks(name)
	if name == "" {
		return
	}
	key := string(nameKey(nil, name))
	merged := ref
	if old, ok := b.countries[key]; ok {
		if old.region != ref.region {
			panic(fmt.Sprintf("model: gazetteer gives %q two regions, %v and %v", name, old.region, ref.region))
		}
		merged.country = b.merge("c"+key, old.country, ref.country)
	}
	b.countries[key] = merged
	if inText {
		b.addText(ref, name, flags)
	}
}

// marks strips the marks described at the top of this file from a name.
func marks(name string) (_ string, flags placeFlags, inText bool) {
	switch {
	case strings.HasPrefix(name, "~"):
		return name[1:], needsStateWord, true
	case strings.HasPrefix(name, "!"):
		return name[1:], notInCapitals, true
	case strings.HasPrefix(name, "-"):
		return name[1:], 0, false
	}
	return name, 0, true
}

// addText adds a name to the text index with the casing it is written in.
func (b *indexBuilder) addText(ref placeRef, name string, flags placeFlags) {
	var wordArr [maxWords + 1]regionWord
	buf, words, _ := splitRegionWords(nil, wordArr[:0], name)
	if len(words) > 1 && string(words[0].text(buf)) == "the" {
		words = words[1:]
	}
	if len(words) == 0 || len(words) > maxWords {
		return
	}
	r := ref.region
	p := place{region: r, country: ref.country, flags: flags}
	for k, w := range words {
		var c uint16
		switch {
		case !w.letter:
			c = anyCase
		case w.upper:
			c = allCaps
		case w.initial:
			c = capital
		}
		p.caps |= c << (2 * k)
	}
	key := string(buf[words[0].start:words[len(words)-1].end])
	if old, ok := b.text[key]; ok {
		if old.region != r {
			panic(fmt.Sprintf("model: gazetteer gives %q two regions, %v and %v", name, old.region, r))
		}
		// The same name spelled twice ("eSwatini", "Eswatini"): the looser
		// casing of each word wins.
		p.caps = looserCaps(old.caps, p.caps)
		p.flags |= old.flags
		p.country = b.merge("t"+key, old.country, p.country)
	}
	b.text[key] = p
}

func looserCaps(a, b uint16) uint16 {
	var out uint16
	for k := range maxWords {
		out |= min(a>>(2*k)&3, b>>(2*k)&3) << (2 * k)
	}
	return out
}

// pluralize gives the plural of a demonym used as a noun ("Kenyans", "Thais",
// "Swedes"), or "" for one that has none of its own ("Swiss", "Chinese",
// "French", "British").
func pluralize(d string) string {
	for _, end := range [...]string{"s", "sh", "ch", "ese", "x", "z"} {
		if d == "" || strings.HasSuffix(d, end) {
			return ""
		}
	}
	return d + "s"
}
