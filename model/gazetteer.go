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
	region   Region
	names    string // the country's own names, official and common
	places   string // capitals, big cities, provinces and landmarks in it
	demonyms string // words for its people; a plural with "s" is added
}

var nations = [...]nation{
	// Africa
	{Africa, "Algeria|People's Democratic Republic of Algeria", "Algiers|Oran", "Algerian"},
	{Africa, "Angola", "Luanda|Cabinda", "Angolan"},
	{Africa, "Benin|Dahomey", "Porto-Novo|Cotonou", "Beninese"},
	{Africa, "Botswana", "Gaborone|Francistown", "Motswana|Batswana|Botswanan"},
	{Africa, "Burkina Faso|Upper Volta", "Ouagadougou|Bobo-Dioulasso", "Burkinabe|Burkinabè"},
	{Africa, "Burundi", "Gitega|Bujumbura", "Burundian"},
	{Africa, "Cabo Verde|Cape Verde", "Praia", "Cape Verdean|Cabo Verdean"},
	{Africa, "Cameroon|Cameroun", "Yaoundé|Douala", "Cameroonian"},
	{Africa, "Central African Republic", "Bangui", "Central African"},
	{Africa, "~Chad|Republic of Chad", "N'Djamena|Ndjamena", "Chadian"},
	{Africa, "Comoros|Union of the Comoros", "Moroni", "Comorian"},
	{Africa, "Republic of the Congo|Republic of Congo|Congo Republic|Congo-Brazzaville|Congo",
		"Brazzaville|Pointe-Noire", "Congolese"},
	{Africa, "Democratic Republic of the Congo|Democratic Republic of Congo|DR Congo|D.R. Congo|DRC|Congo-Kinshasa|Zaire",
		"Kinshasa|Goma|Bukavu|Lubumbashi|Kivu|North Kivu|South Kivu|Ituri", "Congolese"},
	{Africa, "Côte d'Ivoire|Ivory Coast", "Abidjan|Yamoussoukro|Bouaké", "Ivorian|Ivoirian"},
	{Africa, "Djibouti", "", "Djiboutian"},
	{Africa, "Equatorial Guinea", "Malabo", "Equatorial Guinean|Equatoguinean"},
	{Africa, "Eritrea", "Asmara|Massawa", "Eritrean"},
	{Africa, "Eswatini|Swaziland", "Mbabane|Lobamba", "Swazi|Liswati"},
	{Africa, "Ethiopia|Abyssinia", "Addis Ababa|Tigray|Amhara|Oromia|Mekelle", "Ethiopian"},
	{Africa, "Gabon|Gabonese Republic", "Libreville", "Gabonese"},
	{Africa, "Gambia", "Banjul", "Gambian"},
	{Africa, "Ghana", "Accra|Kumasi", "Ghanaian"},
	{Africa, "Guinea|Republic of Guinea|Guinea-Conakry", "Conakry", "Guinean"},
	{Africa, "Guinea-Bissau", "Bissau", "Bissau-Guinean"},
	{Africa, "Kenya", "Nairobi|Mombasa|Kisumu", "Kenyan"},
	{Africa, "Lesotho", "Maseru", "Basotho|Mosotho"},
	{Africa, "Liberia", "Monrovia", "Liberian"},
	{Africa, "Libya", "Benghazi|Misrata|Sirte", "Libyan"},
	{Africa, "Madagascar", "Antananarivo", "Malagasy|Madagascan"},
	{Africa, "Malawi", "Lilongwe|Blantyre", "Malawian"},
	{Africa, "Mali", "Bamako|Timbuktu", "Malian"},
	{Africa, "Mauritania", "Nouakchott", "Mauritanian"},
	{Africa, "Mauritius", "Port Louis", "Mauritian"},
	{Africa, "Morocco", "Rabat|Casablanca|Marrakech|Marrakesh|Tangier", "Moroccan"},
	{Africa, "Mozambique", "Maputo|Cabo Delgado", "Mozambican"},
	{Africa, "Namibia", "Windhoek", "Namibian"},
	{Africa, "Niger|Republic of Niger", "Niamey|Agadez", "Nigerien"},
	{Africa, "Nigeria", "Abuja|Lagos|Kano|Ibadan|Port Harcourt|Maiduguri|Borno", "Nigerian"},
	{Africa, "Rwanda", "Kigali", "Rwandan"},
	{Africa, "São Tomé and Príncipe|São Tomé", "", "Santomean"},
	{Africa, "Senegal", "Dakar|Touba", "Senegalese"},
	{Africa, "Seychelles", "", "Seychellois"},
	{Africa, "Sierra Leone", "Freetown", "Sierra Leonean"},
	{Africa, "Somalia|Somaliland", "Mogadishu|Hargeisa|Puntland|Kismayo", "Somali|Somalian"},
	{Africa, "South Africa", "Pretoria|Johannesburg|Joburg|Cape Town|Durban|Soweto|Gauteng", "South African"},
	{Africa, "South Sudan", "Juba", "South Sudanese"},
	{Africa, "Sudan", "Khartoum|Omdurman|Port Sudan|Darfur|El Fasher|Kordofan", "Sudanese"},
	{Africa, "Tanzania|United Republic of Tanzania", "Dodoma|Dar es Salaam|Zanzibar|Arusha|Kilimanjaro", "Tanzanian"},
	{Africa, "Togo", "Lomé", "Togolese"},
	{Africa, "Tunisia", "Tunis|Sfax", "Tunisian"},
	{Africa, "Uganda", "Kampala|Entebbe", "Ugandan"},
	{Africa, "Zambia", "Lusaka", "Zambian"},
	{Africa, "Zimbabwe", "Harare|Bulawayo", "Zimbabwean"},
	{Africa, "Western Sahara|Sahrawi Arab Democratic Republic", "Laayoune|El Aaiún", "Sahrawi|Saharawi"},
	{Africa, "-Réunion|Mayotte|Saint Helena", "", ""},

	// Americas
	{Americas, "Antigua and Barbuda|Antigua|Barbuda", "", "Antiguan"},
	{Americas, "Argentina", "Buenos Aires", "Argentine|Argentinian"},
	{Americas, "Bahamas", "Nassau", "Bahamian"},
	{Americas, "Barbados", "Bridgetown", "Barbadian|Bajan"},
	{Americas, "Belize", "Belmopan|Belize City", "Belizean"},
	{Americas, "Bolivia|Plurinational State of Bolivia", "La Paz", "Bolivian"},
	{Americas, "Brazil|Brasil", "Brasília|São Paulo|Rio de Janeiro", "Brazilian"},
	{Americas, "Canada", "Ottawa|Toronto|Montreal|Vancouver|Calgary|Edmonton|Winnipeg|Quebec|Ontario|Alberta|" +
		"British Columbia|Manitoba|Saskatchewan|Nova Scotia|New Brunswick|Newfoundland|Prince Edward Island|Yukon|Nunavut",
		"Canadian|Quebecer|Québécois"},
	{Americas, "Chile", "Valparaíso", "Chilean"},
	{Americas, "Colombia", "Bogotá|Medellín", "Colombian"},
	{Americas, "Costa Rica", "San José", "Costa Rican"},
	{Americas, "Cuba", "Havana|Guantánamo|Guantánamo Bay", "Cuban"},
	{Americas, "Dominica|Commonwealth of Dominica", "Roseau", "Dominican"},
	{Americas, "Dominican Republic", "Santo Domingo|Punta Cana", "Dominican"},
	{Americas, "Ecuador", "Quito|Guayaquil|Galápagos|Galápagos Islands", "Ecuadorian|Ecuadorean"},
	{Americas, "El Salvador", "San Salvador", "Salvadoran|Salvadorean"},
	{Americas, "Grenada", "", "Grenadian"},
	{Americas, "Guatemala", "Guatemala City", "Guatemalan"},
	{Americas, "Guyana", "", "Guyanese"},
	{Americas, "Haiti", "Port-au-Prince", "Haitian"},
	{Americas, "Honduras", "Tegucigalpa|San Pedro Sula", "Honduran"},
	{Americas, "Jamaica", "Montego Bay", "Jamaican"},
	{Americas, "Mexico|United Mexican States", "Mexico City|Monterrey|Tijuana|Ciudad Juárez|Cancún|Acapulco|Sinaloa|Chiapas|Oaxaca",
		"Mexican"},
	{Americas, "Nicaragua", "Managua", "Nicaraguan"},
	{Americas, "Panama", "Panama City|Panama Canal", "Panamanian"},
	{Americas, "Paraguay", "Asunción", "Paraguayan"},
	{Americas, "Peru", "Lima|Cusco|Cuzco|Machu Picchu", "Peruvian"},
	{Americas, "Saint Kitts and Nevis|St Kitts and Nevis|Saint Kitts|St Kitts|Nevis", "Basseterre", "Kittitian|Nevisian"},
	{Americas, "Saint Lucia|St Lucia", "Castries", "Saint Lucian|St Lucian"},
	{Americas, "Saint Vincent and the Grenadines|St Vincent and the Grenadines|Saint Vincent|St Vincent", "Kingstown", "Vincentian"},
	{Americas, "Suriname|Surinam", "Paramaribo", "Surinamese"},
	{Americas, "Trinidad and Tobago|Trinidad|Tobago", "Port of Spain", "Trinidadian|Tobagonian"},
	{Americas, "United States|United States of America|!US|U.S.|USA|U.S.A.|America",
		"Washington|Washington, D.C.|Washington DC|New York|New York City|Los Angeles|Chicago|Houston|San Francisco|" +
			"Miami|Boston|Seattle|Atlanta|Philadelphia|Detroit|Las Vegas|New Orleans|Silicon Valley|Wall Street|" +
			"White House|Pentagon|Capitol Hill|New England|" +
			"Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|Illinois|" +
			"Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|" +
			"Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|North Carolina|North Dakota|Ohio|" +
			"Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|" +
			"West Virginia|Wisconsin|Wyoming",
		"American"},
	{Americas, "Uruguay", "Montevideo", "Uruguayan"},
	{Americas, "Venezuela|Bolivarian Republic of Venezuela", "Caracas|Maracaibo", "Venezuelan"},
	{Americas, "Puerto Rico", "San Juan", "Puerto Rican"},
	{Americas, "Bermuda|Cayman Islands|Virgin Islands|British Virgin Islands|US Virgin Islands|Turks and Caicos|" +
		"Turks and Caicos Islands|Aruba|Curaçao|Sint Maarten|Anguilla|Montserrat|Guadeloupe|Martinique|French Guiana",
		"", "Bermudian"},
	{Americas, "Falkland Islands|Falklands|Malvinas", "", "Falkland Islander"},

	// Asia - Pacific
	{AsiaPacific, "Afghanistan", "Kabul|Kandahar|Herat|Helmand|Jalalabad|Mazar-i-Sharif", "Afghan"},
	{AsiaPacific, "Australia|Commonwealth of Australia", "Canberra|Melbourne|Brisbane|Queensland|New South Wales|" +
		"Tasmania|Western Australia|South Australia|Northern Territory", "Australian|Aussie"},
	{AsiaPacific, "Bangladesh", "Dhaka|Chittagong|Cox's Bazar", "Bangladeshi"},
	{AsiaPacific, "Bhutan", "Thimphu", "Bhutanese"},
	{AsiaPacific, "Brunei|Brunei Darussalam", "Bandar Seri Begawan", "Bruneian"},
	{AsiaPacific, "Cambodia|Kampuchea", "Phnom Penh|Siem Reap", "Cambodian|Khmer"},
	{AsiaPacific, "China|People's Republic of China|PRC|Mainland China", "Beijing|Peking|Shanghai|Shenzhen|Guangzhou|" +
		"Wuhan|Chongqing|Tianjin|Chengdu|Xinjiang|Tibet|Lhasa|Inner Mongolia|Zhongnanhai", "Chinese|Tibetan|Uyghur|Uighur"},
	{AsiaPacific, "Fiji", "Suva", "Fijian"},
	{AsiaPacific, "India|Bharat|Republic of India", "New Delhi|Delhi|Mumbai|Bombay|Kolkata|Calcutta|Chennai|Madras|" +
		"Bengaluru|Bangalore|Hyderabad|Kashmir|Punjab|Manipur", "Indian|Kashmiri"},
	{AsiaPacific, "Indonesia", "Jakarta|Bali|Sumatra|Borneo|Papua|West Papua|Surabaya|Aceh", "Indonesian"},
	{AsiaPacific, "Japan|Nippon", "Tokyo|Osaka|Kyoto|Yokohama|Hiroshima|Nagasaki|Fukushima|Okinawa|Hokkaido", "Japanese"},
	{AsiaPacific, "Kazakhstan", "Astana|Nur-Sultan|Almaty", "Kazakh|Kazakhstani"},
	{AsiaPacific, "Kiribati", "Tarawa", "I-Kiribati"},
	{AsiaPacific, "Kyrgyzstan|Kyrgyz Republic|Kirghizia", "Bishkek", "Kyrgyz"},
	{AsiaPacific, "Laos|Lao PDR|Lao People's Democratic Republic", "Vientiane|Luang Prabang", "Lao|Laotian"},
	{AsiaPacific, "Malaysia", "Kuala Lumpur|Putrajaya|Sabah|Sarawak|Penang", "Malaysian"},
	{AsiaPacific, "Maldives", "", "Maldivian"},
	{AsiaPacific, "Marshall Islands", "Majuro", "Marshallese"},
	{AsiaPacific, "Micronesia|Federated States of Micronesia", "Palikir", "Micronesian"},
	{AsiaPacific, "Mongolia", "Ulaanbaatar|Ulan Bator", "Mongolian"},
	{AsiaPacific, "Myanmar|Burma", "Naypyidaw|Nay Pyi Taw|Yangon|Rangoon|Mandalay|Rakhine", "Burmese|Rohingya"},
	{AsiaPacific, "Nauru", "Yaren", "Nauruan"},
	{AsiaPacific, "Nepal", "Kathmandu|Pokhara", "Nepali|Nepalese"},
	{AsiaPacific, "New Zealand|Aotearoa", "Wellington|Auckland|Christchurch", "New Zealander"},
	{AsiaPacific, "North Korea|DPRK|Democratic People's Republic of Korea", "Pyongyang", "North Korean"},
	{AsiaPacific, "Pakistan", "Islamabad|Karachi|Lahore|Peshawar|Rawalpindi|Quetta|Balochistan", "Pakistani"},
	{AsiaPacific, "Palau", "Ngerulmud|Koror", "Palauan"},
	{AsiaPacific, "Papua New Guinea", "Port Moresby|New Guinea", "Papua New Guinean"},
	{AsiaPacific, "Philippines", "Manila|Mindanao|Luzon|Cebu|Davao", "Filipino|Filipina|Philippine"},
	{AsiaPacific, "Samoa|American Samoa", "Apia", "Samoan"},
	{AsiaPacific, "Singapore", "", "Singaporean"},
	{AsiaPacific, "Solomon Islands|Solomons", "Honiara", "Solomon Islander"},
	{AsiaPacific, "South Korea|Korea|Republic of Korea", "Seoul|Busan|Incheon", "South Korean|Korean"},
	{AsiaPacific, "Sri Lanka|Ceylon", "Colombo|Kandy|Jaffna", "Sri Lankan"},
	{AsiaPacific, "Tajikistan", "Dushanbe", "Tajik|Tajikistani"},
	{AsiaPacific, "Thailand|Siam", "Bangkok|Phuket|Chiang Mai|Pattaya", "Thai"},
	{AsiaPacific, "Timor-Leste|East Timor", "Dili", "Timorese|East Timorese"},
	{AsiaPacific, "Tonga", "Nuku'alofa", "Tongan"},
	{AsiaPacific, "Turkmenistan", "Ashgabat", "Turkmen"},
	{AsiaPacific, "Tuvalu", "Funafuti", "Tuvaluan"},
	{AsiaPacific, "Uzbekistan", "Tashkent|Samarkand", "Uzbek"},
	{AsiaPacific, "Vanuatu", "Port Vila", "Ni-Vanuatu"},
	{AsiaPacific, "Vietnam|Viet Nam", "Hanoi|Ho Chi Minh City|Saigon|Da Nang|Haiphong", "Vietnamese"},
	{AsiaPacific, "Taiwan|Republic of China|Chinese Taipei", "Taipei|Kaohsiung", "Taiwanese"},
	{AsiaPacific, "Hong Kong", "Kowloon", "Hongkonger|Hong Konger"},
	{AsiaPacific, "Macau|Macao", "", "Macanese"},
	{AsiaPacific, "Guam|Northern Mariana Islands|New Caledonia|French Polynesia|Tahiti|Cook Islands|Niue|Tokelau",
		"Saipan|Nouméa|Papeete", ""},

	// Europe
	{Europe, "Albania", "Tirana", "Albanian"},
	{Europe, "Andorra", "Andorra la Vella", "Andorran"},
	{Europe, "Armenia", "Yerevan", "Armenian"},
	{Europe, "Austria", "Vienna|Salzburg|Innsbruck|Graz", "Austrian"},
	{Europe, "Azerbaijan", "Baku|Nagorno-Karabakh|Karabakh", "Azerbaijani|Azeri"},
	{Europe, "Belarus|Byelorussia", "Minsk", "Belarusian|Belarussian"},
	{Europe, "Belgium", "Brussels|Antwerp|Ghent|Bruges|Flanders|Wallonia", "Belgian|Flemish|Walloon"},
	{Europe, "Bosnia and Herzegovina|Bosnia-Herzegovina|Bosnia|Herzegovina|Republika Srpska",
		"Sarajevo|Mostar|Srebrenica", "Bosnian"},
	{Europe, "Bulgaria", "Plovdiv|Varna", "Bulgarian"},
	{Europe, "Croatia", "Zagreb|Dubrovnik", "Croatian|Croat"},
	{Europe, "Cyprus|Northern Cyprus", "Nicosia|Limassol", "Cypriot|Greek Cypriot|Turkish Cypriot"},
	{Europe, "Czechia|Czech Republic", "Prague|Brno", "Czech|Czechs"},
	{Europe, "Denmark", "Copenhagen", "Danish|Dane"},
	{Europe, "Estonia", "Tallinn", "Estonian"},
	{Europe, "Finland", "Helsinki", "Finnish"},
	{Europe, "France|French Republic", "Paris|Marseille|Lyon|Toulouse|Bordeaux|Lille|Strasbourg|Calais|Corsica|Élysée|" +
		"Élysée Palace", "French"},
	{Europe, "-Georgia (country)|Republic of Georgia|Sakartvelo", "Tbilisi|Batumi|Kutaisi|Abkhazia|South Ossetia", ""},
	{Europe, "Germany|Federal Republic of Germany|Deutschland", "Berlin|Munich|Frankfurt|Hamburg|Cologne|Stuttgart|" +
		"Düsseldorf|Leipzig|Dresden|Bavaria|Bundestag", "German"},
	{Europe, "Greece|Hellenic Republic", "Athens|Thessaloniki|Piraeus|Crete|Lesbos|Corfu", "Greek"},
	{Europe, "Hungary", "Budapest", "Hungarian"},
	{Europe, "Iceland", "Reykjavík", "Icelandic|Icelander"},
	{Europe, "Ireland|Republic of Ireland|Éire", "Dublin|Cork|Galway", "Irish"},
	{Europe, "Italy", "Rome|Milan|Turin|Venice|Genoa|Bologna|Sicily|Sardinia|Lampedusa", "Italian"},
	{Europe, "Latvia", "Riga", "Latvian"},
	{Europe, "Liechtenstein", "Vaduz", "Liechtensteiner"},
	{Europe, "Lithuania", "Vilnius", "Lithuanian"},
	{Europe, "Luxembourg", "", "Luxembourger|Luxembourgish"},
	{Europe, "Malta", "Valletta", "Maltese"},
	{Europe, "Moldova|Republic of Moldova", "Chișinău|Transnistria", "Moldovan"},
	{Europe, "Monaco", "Monte Carlo", "Monegasque"},
	{Europe, "Montenegro", "Podgorica", "Montenegrin"},
	{Europe, "Netherlands|Holland", "Amsterdam|Rotterdam|Hague|Utrecht|Eindhoven", "Dutch"},
	{Europe, "North Macedonia|Macedonia", "Skopje", "Macedonian|North Macedonian"},
	{Europe, "Norway", "Oslo|Svalbard", "Norwegian"},
	{Europe, "Poland", "Warsaw|Kraków|Gdańsk|Wrocław|Łódź", "Polish"},
	{Europe, "Portugal", "Lisbon|Porto|Madeira|Azores", "Portuguese"},
	{Europe, "Romania", "Bucharest|Cluj|Transylvania", "Romanian"},
	{Europe, "Russia|Russian Federation", "Moscow|Kremlin|Chechnya|Kaliningrad", "Russian"},
	{Europe, "San Marino", "", "Sammarinese"},
	{Europe, "Serbia", "Belgrade|Novi Sad", "Serbian|Serb"},
	{Europe, "Slovakia|Slovak Republic", "Bratislava", "Slovak|Slovakian"},
	{Europe, "Slovenia", "Ljubljana", "Slovenian|Slovene"},
	{Europe, "Spain|España", "Madrid|Barcelona|Seville|Bilbao|Catalonia|Andalusia|Canary Islands|Mallorca|Majorca|Ibiza|" +
		"Basque Country", "Spanish|Spaniard|Catalan|Basque"},
	{Europe, "Sweden", "Stockholm|Gothenburg|Malmö", "Swedish|Swede"},
	{Europe, "Switzerland", "Bern|Berne|Zurich|Geneva|Basel|Lausanne|Davos", "Swiss"},
	{Europe, "Turkey|Türkiye|Republic of Türkiye", "Ankara|Istanbul|Izmir|Antalya", "Turkish|Turk"},
	{Europe, "Ukraine", "Kyiv|Kiev|Kharkiv|Odesa|Lviv|Dnipro|Zaporizhzhia|Mariupol|Bakhmut|Kherson|Donetsk|Luhansk|" +
		"Donbas|Donbass|Crimea|Sevastopol", "Ukrainian"},
	{Europe, "United Kingdom|UK|U.K.|Britain|Great Britain|England|Scotland|Wales|Northern Ireland|" +
		"United Kingdom of Great Britain and Northern Ireland", "London|Edinburgh|Glasgow|Cardiff|Belfast|Liverpool|" +
		"Downing Street|Westminster|Whitehall", "British|Briton|Brit|Scottish|Scot|Welsh|Northern Irish"},
	{Europe, "Vatican|Vatican City|Holy See", "", ""},
	{Europe, "Kosovo", "Pristina|Prishtina", "Kosovar|Kosovan"},
	{Europe, "Greenland|Faroe Islands|Faroes|Gibraltar|Isle of Man|Channel Islands", "Nuuk|Tórshavn",
		"Greenlandic|Greenlander|Faroese"},

	// Middle East
	{MiddleEast, "Bahrain", "Manama", "Bahraini"},
	{MiddleEast, "Egypt|Arab Republic of Egypt", "Cairo|Giza|Sinai|Suez|Suez Canal|Sharm el-Sheikh", "Egyptian"},
	{MiddleEast, "Iran|Islamic Republic of Iran", "Tehran|Isfahan|Mashhad|Tabriz|Natanz|Fordow", "Iranian"},
	{MiddleEast, "Iraq", "Baghdad|Mosul|Basra|Erbil|Kirkuk|Fallujah|Najaf|Karbala|Iraqi Kurdistan", "Iraqi"},
	{MiddleEast, "Israel|State of Israel", "Jerusalem|Tel Aviv|Haifa|Golan Heights", "Israeli"},
	{MiddleEast, "~Jordan|Hashemite Kingdom of Jordan", "Amman|Aqaba", "Jordanian"},
	{MiddleEast, "Kuwait", "Kuwait City", "Kuwaiti"},
	{MiddleEast, "Lebanon", "Beirut|Sidon", "Lebanese"},
	{MiddleEast, "Oman", "Muscat|Salalah", "Omani"},
	{MiddleEast, "Qatar", "Doha", "Qatari"},
	{MiddleEast, "Saudi Arabia|Kingdom of Saudi Arabia|KSA", "Riyadh|Jeddah|Mecca|Makkah", "Saudi"},
	{MiddleEast, "Syria|Syrian Arab Republic", "Damascus|Aleppo|Idlib|Homs|Raqqa|Latakia", "Syrian"},
	{MiddleEast, "United Arab Emirates|UAE|U.A.E.|Emirates", "Abu Dhabi|Dubai|Sharjah", "Emirati"},
	{MiddleEast, "Yemen", "Sanaa|Sana'a|Aden|Hodeidah|Marib", "Yemeni"},
	{MiddleEast, "Palestine|State of Palestine|Palestinian territories|Occupied Palestinian Territories|Gaza|" +
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

// The lookup tables, built once from the gazetteer and never changed:
// regionIndex maps region names and aliases to regions and labelIndex the
// screen's short names, both at start-up (they are small, and --region needs
// them); the place index is built on first use, for it holds every
// country's name in every language CLDR has (gazetteer_world.go).
var regionIndex, labelIndex = buildRegionIndexes()

// places is the place index: countries maps country names, places and
// demonyms (CountryRegion), text is what InferRegions matches words of
// headlines against, and runs what it matches inside runs of scripts
// written without spaces. It is read from places.tsv, which buildPlaces
// makes (see places.go).
var places = sync.OnceValue(loadPlaces)

// PreparePlaces reads the place index now, if it is not read yet: a
// program about to parse feeds calls it on a goroutine of its own at
// start, so that the first story to be placed need not wait.
func PreparePlaces() { places() }

type placeIndex struct {
	countries map[string]Region
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
		countries: make(map[string]Region, 30000),
		text:      make(map[string]place, 30000),
		runs:      make(map[string]runPlace, 4000),
	}
	b.addRegionNames(true)
	for _, n := range nations {
		for name := range strings.SplitSeq(n.names+"|"+n.places, "|") {
			b.add(b.countries, n.region, name)
		}
		for name := range strings.SplitSeq(n.demonyms, "|") {
			b.add(b.countries, n.region, name)
			if plural := pluralize(name); plural != "" {
				b.add(b.countries, n.region, plural)
			}
		}
	}
	for _, h := range headlinePhrases {
		for name := range strings.SplitSeq(h.names, "|") {
			b.addText(h.region, name, 0)
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
	regions, countries map[string]Region
	text               map[string]place
	runs               map[string]runPlace
}

// add puts a name into index (regions or countries) and, unless it is marked
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
		b.addText(r, name, flags)
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
func (b *indexBuilder) addText(r Region, name string, flags placeFlags) {
	var wordArr [maxWords + 1]regionWord
	buf, words, _ := splitRegionWords(nil, wordArr[:0], name)
	if len(words) > 1 && string(words[0].text(buf)) == "the" {
		words = words[1:]
	}
	if len(words) == 0 || len(words) > maxWords {
		return
	}
	p := place{region: r, flags: flags}
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
