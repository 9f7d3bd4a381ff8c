/**
 * First-level divisions of countries (provinces, states, regions, counties, governorates), by country,
 * '|' between names. compromise knows the countries, most capitals and some regions; these lists fill in
 * the divisions a release names as where something happens. Names that are also common words or given
 * names ("Central", "Delta", "Victoria", "Georgia") are left out: there the context must decide.
 */
export const DIVISIONS_BY_COUNTRY: Readonly<Record<string, string>> = {
  China:
    'Anhui|Fujian|Gansu|Guangdong|Guangxi|Guizhou|Hainan|Hebei|Heilongjiang|Henan|Hubei|Hunan|Jiangsu|Jiangxi|Jilin|Liaoning|Ningxia|Qinghai|Shaanxi|Shandong|Shanxi|Sichuan|Xinjiang|Yunnan|Zhejiang|Inner Mongolia|Chongqing|Tianjin',
  Pakistan: 'Sindh|Balochistan|Khyber Pakhtunkhwa|Gilgit Baltistan|Azad Kashmir',
  India:
    'Andhra Pradesh|Arunachal Pradesh|Assam|Bihar|Chhattisgarh|Goa|Gujarat|Haryana|Himachal Pradesh|Jharkhand|Karnataka|Kerala|Madhya Pradesh|Maharashtra|Manipur|Meghalaya|Mizoram|Nagaland|Odisha|Rajasthan|Sikkim|Tamil Nadu|Telangana|Tripura|Uttar Pradesh|Uttarakhand|West Bengal|Ladakh',
  Bangladesh: 'Chattogram|Khulna|Rajshahi|Rangpur|Sylhet|Barishal|Mymensingh',
  Nepal: 'Koshi|Madhesh|Bagmati|Gandaki|Lumbini|Karnali|Sudurpashchim',
  SriLanka: 'Uva|Sabaragamuwa',
  Afghanistan:
    'Badakhshan|Balkh|Herat|Helmand|Kandahar|Nangarhar|Kunduz|Takhar|Ghazni|Paktia|Khost|Bamyan|Faryab|Baghlan',
  Indonesia:
    'Aceh|Bali|Banten|Bengkulu|Gorontalo|Jambi|Lampung|Maluku|Riau|Papua|West Java|Central Java|East Java|West Kalimantan|East Kalimantan|South Kalimantan|North Sumatra|West Sumatra|South Sumatra|North Sulawesi|South Sulawesi|Central Sulawesi|East Nusa Tenggara|West Nusa Tenggara|Yogyakarta',
  Philippines:
    'Abra|Agusan del Norte|Agusan del Sur|Aklan|Albay|Basilan|Bataan|Batangas|Benguet|Bohol|Bukidnon|Bulacan|Cagayan|Camarines Norte|Camarines Sur|Capiz|Catanduanes|Cavite|Cebu|Cotabato|Davao del Norte|Davao del Sur|Davao de Oro|Davao Oriental|Ilocos Norte|Ilocos Sur|Iloilo|Kalinga|Lanao del Norte|Lanao del Sur|Leyte|Maguindanao|Marinduque|Masbate|Misamis Occidental|Misamis Oriental|Negros Occidental|Negros Oriental|Nueva Ecija|Nueva Vizcaya|Palawan|Pampanga|Pangasinan|Romblon|Samar|Sarangani|Sorsogon|Sulu|Surigao del Norte|Surigao del Sur|Tarlac|Tawi-Tawi|Zambales|Zamboanga del Norte|Zamboanga del Sur|Bacolod|Tacloban|Calabarzon|Bangsamoro|Caraga|Soccsksargen',
  Malaysia:
    'Johor|Kedah|Kelantan|Malacca|Melaka|Negeri Sembilan|Pahang|Perak|Perlis|Sarawak|Selangor|Terengganu|Labuan',
  Thailand:
    'Chiang Mai|Chiang Rai|Khon Kaen|Nakhon Ratchasima|Udon Thani|Songkhla|Surat Thani|Phuket|Krabi|Ayutthaya|Chonburi|Rayong|Nonthaburi|Yala|Pattani|Narathiwat',
  Vietnam:
    'Quang Ninh|Hai Phong|Thanh Hoa|Nghe An|Ha Tinh|Quang Binh|Quang Tri|Thua Thien Hue|Quang Nam|Quang Ngai|Binh Dinh|Khanh Hoa|Lam Dong|Dak Lak|Dong Nai|Binh Duong|Can Tho|Ca Mau|Kien Giang|An Giang|Lao Cai|Dien Bien|Son La|Ha Giang',
  Cambodia: 'Battambang|Siem Reap|Kampot|Kampong Cham|Preah Vihear|Ratanakiri|Mondulkiri|Koh Kong',
  Myanmar: 'Ayeyarwady|Magway|Mandalay|Sagaing|Tanintharyi|Kachin|Rakhine',
  Mongolia:
    'Arkhangai|Bayan-Olgii|Bayankhongor|Bulgan|Darkhan-Uul|Dornod|Dornogovi|Dundgovi|Govi-Altai|Khentii|Khovd|Khuvsgul|Omnogovi|Orkhon|Selenge|Sukhbaatar|Zavkhan',
  Kazakhstan:
    'Akmola|Aktobe|Almaty Region|Atyrau|East Kazakhstan|Jambyl|Jetisu|Karaganda|Kostanay|Kyzylorda|Mangystau|North Kazakhstan|Pavlodar|Turkistan|Ulytau|West Kazakhstan|Shymkent',
  Kyrgyzstan: 'Batken|Chuy|Issyk-Kul|Jalal-Abad|Naryn|Osh|Talas',
  Tajikistan: 'Sughd|Khatlon|Gorno-Badakhshan',
  Uzbekistan:
    'Andijan|Bukhara|Fergana|Jizzakh|Kashkadarya|Khorezm|Namangan|Navoi|Samarkand|Surkhandarya|Syrdarya|Karakalpakstan',
  Turkmenistan: 'Ahal|Dashoguz|Lebap',
  Iran: 'Tehran Province|Isfahan|Fars|Khuzestan|Khorasan|Mazandaran|Gilan|Kerman|Sistan and Baluchestan|Hormozgan|Kermanshah|Kurdistan|Lorestan|Hamadan|Yazd|Qom|Ardabil|Zanjan|Semnan|Bushehr',
  Iraq: 'Anbar|Basra|Dhi Qar|Diyala|Dohuk|Erbil|Karbala|Kirkuk|Maysan|Muthanna|Najaf|Nineveh|Qadisiyah|Saladin|Sulaymaniyah|Wasit|Babil',
  Syria: 'Aleppo|Idlib|Hama|Homs|Latakia|Tartus|Deir ez-Zor|Raqqa|Hasakah|Daraa|Suwayda|Quneitra',
  Jordan: 'Irbid|Zarqa|Karak|Mafraq|Balqa|Madaba|Jerash|Ajloun|Tafilah|Maan|Aqaba',
  Lebanon: 'Bekaa|Akkar|Baalbek-Hermel|Nabatieh|Mount Lebanon',
  SaudiArabia: 'Asir|Jazan|Najran|Tabuk|Qassim|Al-Jouf|Eastern Province|Makkah|Madinah',
  Yemen: 'Hadramaut|Marib|Taiz|Ibb|Hodeidah|Lahj|Abyan|Shabwa|Al Mahrah|Saada',
  Oman: 'Dhofar|Al Batinah|Al Dakhiliyah|Al Wusta|Musandam',
  UAE: 'Sharjah|Ajman|Fujairah|Ras Al Khaimah|Umm Al Quwain',
  Egypt:
    'Alexandria|Aswan|Asyut|Beheira|Beni Suef|Dakahlia|Damietta|Faiyum|Gharbia|Giza|Ismailia|Kafr El Sheikh|Luxor|Matrouh|Minya|Monufia|Qalyubia|Qena|Sharqia|Sohag|North Sinai|South Sinai|Red Sea Governorate',
  Morocco:
    'Tanger-Tetouan-Al Hoceima|Fes-Meknes|Rabat-Sale-Kenitra|Beni Mellal-Khenifra|Casablanca-Settat|Marrakech-Safi|Draa-Tafilalet|Souss-Massa|Guelmim-Oued Noun|Laayoune-Sakia El Hamra|Dakhla-Oued Ed-Dahab',
  Algeria:
    'Oran|Constantine|Annaba|Blida|Setif|Tlemcen|Bejaia|Tizi Ouzou|Batna|Biskra|Ouargla|Tamanrasset|Ghardaia',
  Tunisia: 'Sfax|Sousse|Kairouan|Bizerte|Gabes|Gafsa|Kasserine|Medenine|Monastir|Nabeul|Sidi Bouzid|Tozeur',
  Nigeria:
    'Abia|Adamawa|Akwa Ibom|Anambra|Bauchi|Bayelsa|Benue|Borno|Cross River|Ebonyi|Edo|Ekiti|Enugu|Gombe|Imo|Jigawa|Kaduna|Katsina|Kebbi|Kogi|Kwara|Nasarawa|Ogun|Ondo|Osun|Oyo|Rivers State|Sokoto|Taraba|Yobe|Zamfara',
  Ghana:
    'Ashanti|Bono East|Ahafo|North East Region|Upper East|Upper West|Oti|Western North|Greater Accra|Takoradi|Sekondi|Cape Coast|Bolgatanga|Sunyani|Koforidua',
  Kenya:
    'Mombasa|Kwale|Kilifi|Tana River|Lamu|Taita-Taveta|Garissa|Wajir|Mandera|Marsabit|Isiolo|Tharaka-Nithi|Kitui|Machakos|Makueni|Nyandarua|Nyeri|Kirinyaga|Muranga|Kiambu|Turkana|West Pokot|Samburu|Trans-Nzoia|Uasin Gishu|Elgeyo-Marakwet|Baringo|Laikipia|Nakuru|Narok|Kajiado|Kericho|Bomet|Kakamega|Vihiga|Bungoma|Siaya|Kisumu|Homa Bay|Migori|Kisii|Nyamira|Eldoret|Thika',
  Uganda:
    'Gulu|Lira|Mbarara|Mbale|Jinja|Arua|Fort Portal|Masaka|Soroti|Kasese|Hoima|Karamoja|Buganda|Busoga|Acholi|Ankole',
  Tanzania:
    'Arusha|Dar es Salaam|Dodoma|Geita|Iringa|Kagera|Katavi|Kigoma|Kilimanjaro|Manyara|Mbeya|Morogoro|Mtwara|Mwanza|Njombe|Pemba|Pwani|Rukwa|Ruvuma|Shinyanga|Simiyu|Singida|Songwe|Tabora|Tanga|Zanzibar',
  Rwanda: 'Musanze|Huye|Rubavu|Rusizi|Nyagatare|Muhanga',
  Ethiopia:
    'Afar|Amhara|Oromia|Sidama|Tigray|Gambela|Benishangul-Gumuz|Harari|Dire Dawa|Somali Region|Bahir Dar|Mekelle|Hawassa|Gondar|Jimma',
  Somalia: 'Puntland|Jubaland|Galmudug|Hirshabelle|Somaliland|Kismayo|Baidoa|Beledweyne|Garowe|Hargeisa',
  Sudan:
    'Darfur|Kordofan|Khartoum State|Gezira|Kassala|Gedaref|Sennar|Blue Nile|White Nile|Port Sudan|El Fasher|Nyala|El Geneina|El Obeid',
  SouthSudan: 'Jonglei|Unity State|Upper Nile|Lakes State|Warrap|Equatoria|Malakal|Bentiu|Wau',
  Chad: 'Ouaddai|Ennedi|Tibesti|Borkou|Kanem|Logone|Mayo-Kebbi|Moyen-Chari|Salamat|Sila|Wadi Fira|Abeche',
  Cameroon:
    'Adamawa|Centre Region|Far North|Northwest Region|Southwest Region|Douala|Bamenda|Buea|Garoua|Maroua|Bafoussam',
  DRCongo:
    'Kasai|Katanga|Kivu|North Kivu|South Kivu|Ituri|Tshopo|Haut-Katanga|Lualaba|Kongo Central|Equateur|Goma|Bukavu|Lubumbashi|Kisangani|Bunia',
  Senegal:
    'Thies|Saint-Louis|Kaolack|Ziguinchor|Tambacounda|Kolda|Matam|Louga|Diourbel|Fatick|Kaffrine|Kedougou|Sedhiou|Touba',
  Mali: 'Kayes|Koulikoro|Sikasso|Segou|Mopti|Timbuktu|Gao|Kidal|Menaka',
  BurkinaFaso: 'Bobo-Dioulasso|Koudougou|Ouahigouya|Kaya|Dori|Fada NGourma',
  Niger: 'Agadez|Diffa|Dosso|Maradi|Tahoua|Tillaberi|Zinder',
  IvoryCoast: 'Bouake|Daloa|Korhogo|San-Pedro|Yamoussoukro',
  Zambia: 'Copperbelt|Luapula|Muchinga|Northwestern Province|Ndola|Kitwe|Livingstone|Kabwe|Chipata',
  Zimbabwe: 'Bulawayo|Manicaland|Mashonaland|Masvingo|Matabeleland|Midlands Province|Mutare|Gweru',
  Malawi: 'Blantyre|Mzuzu|Zomba|Mangochi|Karonga',
  Mozambique:
    'Cabo Delgado|Nampula|Niassa|Zambezia|Tete|Manica|Sofala|Inhambane|Gaza Province|Beira|Pemba|Quelimane',
  SouthAfrica:
    'Eastern Cape|Free State|Gauteng|KwaZulu-Natal|Limpopo|Mpumalanga|North West Province|Northern Cape|Western Cape|Durban|Soweto|Gqeberha|Polokwane|Mbombela',
  Madagascar: 'Toamasina|Mahajanga|Fianarantsoa|Toliara|Antsiranana|Antsirabe',
  Brazil:
    'Alagoas|Amapa|Amazonas|Bahia|Ceara|Espirito Santo|Goias|Maranhao|Mato Grosso|Mato Grosso do Sul|Minas Gerais|Paraiba|Parana|Pernambuco|Piaui|Rio Grande do Norte|Rio Grande do Sul|Rondonia|Roraima|Santa Catarina|Sergipe|Tocantins',
  Mexico:
    'Aguascalientes|Baja California|Baja California Sur|Campeche|Chiapas|Chihuahua|Coahuila|Colima|Durango|Guanajuato|Jalisco|Michoacan|Nayarit|Nuevo Leon|Oaxaca|Puebla|Queretaro|Quintana Roo|San Luis Potosi|Sinaloa|Sonora|Tabasco|Tamaulipas|Tlaxcala|Veracruz|Yucatan|Zacatecas',
  Argentina:
    'Catamarca|Chaco|Chubut|Corrientes|Entre Rios|Formosa|Jujuy|La Pampa|La Rioja|Misiones|Neuquen|Rio Negro|Salta|San Juan|Santa Cruz|Santiago del Estero|Tierra del Fuego|Tucuman',
  Colombia:
    'Antioquia|Atlantico|Boyaca|Caqueta|Cauca|Choco|Cundinamarca|Huila|La Guajira|Narino|Norte de Santander|Putumayo|Quindio|Risaralda|Tolima|Valle del Cauca|Arauca|Casanare|Vichada',
  Peru: 'Amazonas|Ancash|Apurimac|Arequipa|Ayacucho|Cajamarca|Cusco|Huancavelica|Huanuco|Junin|La Libertad|Lambayeque|Madre de Dios|Moquegua|Pasco|Piura|Puno|San Martin|Tacna|Tumbes|Ucayali',
  Chile:
    'Arica|Tarapaca|Antofagasta|Atacama|Coquimbo|Valparaiso|Biobio|Araucania|Los Rios|Los Lagos|Aysen|Magallanes|Nuble|Maule',
  Bolivia: 'Chuquisaca|Cochabamba|Oruro|Potosi|Tarija|Santa Cruz de la Sierra|El Alto',
  Ecuador: 'Guayas|Pichincha|Manabi|Azuay|Esmeraldas|Imbabura|Loja|El Oro|Galapagos|Guayaquil|Cuenca',
  Venezuela: 'Zulia|Carabobo|Anzoategui|Tachira|Sucre State|Maracaibo',
  CentralAmerica:
    'Peten|Quetzaltenango|Huehuetenango|Alta Verapaz|Escuintla|San Pedro Sula|Choluteca|Olancho|Matagalpa|Chinandega|Bluefields|Guanacaste|Puntarenas|Alajuela|Cartago|Chiriqui|Veraguas',
  Caribbean:
    'Santiago de los Caballeros|Punta Cana|Camaguey|Holguin|Matanzas|Pinar del Rio|Artibonite|Cap-Haitien|Les Cayes|Montego Bay|Ocho Rios',
  Canada:
    'Alberta|British Columbia|Manitoba|New Brunswick|Newfoundland and Labrador|Nova Scotia|Nunavut|Prince Edward Island|Quebec|Saskatchewan|Yukon|Northwest Territories',
  Australia:
    'New South Wales|Queensland|South Australia|Tasmania|Western Australia|Northern Territory|Australian Capital Territory',
  NewZealand:
    'Auckland|Waikato|Canterbury|Otago|Southland|Northland|Taranaki|Manawatu|Hawkes Bay|Bay of Plenty|Marlborough',
  Pacific:
    'Guadalcanal|Malaita|Upolu|Savaii|Viti Levu|Vanua Levu|Espiritu Santo|Tongatapu|Vavau|Chuuk|Pohnpei|Kosrae|Bougainville|Morobe|Madang|Port Moresby',
  Russia:
    'Tatarstan|Bashkortostan|Chechnya|Dagestan|Yakutia|Buryatia|Krasnodar|Krasnoyarsk|Primorye|Khabarovsk|Sverdlovsk|Novosibirsk|Tomsk|Omsk|Irkutsk|Kamchatka|Sakhalin|Murmansk|Arkhangelsk|Kaliningrad|Rostov|Voronezh|Saratov|Volgograd|Nizhny Novgorod|Chelyabinsk|Tyumen|Altai',
  Ukraine:
    'Kharkiv|Odesa|Dnipro|Zaporizhzhia|Lviv|Kherson|Mykolaiv|Donetsk|Luhansk|Sumy|Chernihiv|Poltava|Vinnytsia|Zhytomyr|Cherkasy|Rivne|Volyn|Ternopil|Khmelnytskyi|Chernivtsi|Ivano-Frankivsk|Zakarpattia|Kirovohrad',
  Poland:
    'Masovia|Lesser Poland|Greater Poland|Silesia|Lower Silesia|Pomerania|West Pomerania|Warmia-Masuria|Podlaskie|Lublin|Subcarpathia|Lodz|Opole|Lubusz|Kuyavia-Pomerania',
  Baltics: 'Kurzeme|Vidzeme|Latgale|Zemgale|Harju|Tartu|Ida-Viru|Parnu|Kaunas|Klaipeda|Siauliai|Panevezys',
  Caucasus:
    'Adjara|Imereti|Kakheti|Samegrelo|Kvemo Kartli|Shida Kartli|Guria|Racha|Svaneti|Batumi|Kutaisi|Gyumri|Vanadzor|Syunik|Lori|Shirak|Ganja|Sumgait|Nakhchivan|Lankaran',
  Turkey:
    'Adana|Antalya|Bursa|Diyarbakir|Erzurum|Eskisehir|Gaziantep|Hatay|Kayseri|Konya|Malatya|Mersin|Samsun|Sanliurfa|Trabzon|Kahramanmaras|Adiyaman|Izmit|Kocaeli|Denizli|Mugla|Aydin|Manisa|Sakarya|Tekirdag|Edirne|Canakkale|Rize|Mardin|Batman|Sirnak|Hakkari|Elazig|Sivas',
  Germany:
    'Baden-Wurttemberg|Bavaria|Brandenburg|Hesse|Lower Saxony|Mecklenburg-Vorpommern|North Rhine-Westphalia|Rhineland-Palatinate|Saarland|Saxony|Saxony-Anhalt|Schleswig-Holstein|Thuringia',
  France:
    'Auvergne-Rhone-Alpes|Bourgogne-Franche-Comte|Brittany|Centre-Val de Loire|Corsica|Grand Est|Hauts-de-France|Ile-de-France|Normandy|Nouvelle-Aquitaine|Occitanie|Pays de la Loire|Provence-Alpes-Cote dAzur',
  Italy:
    'Abruzzo|Apulia|Basilicata|Calabria|Campania|Emilia-Romagna|Friuli Venezia Giulia|Lazio|Liguria|Lombardy|Marche|Molise|Piedmont|Sardinia|Sicily|Trentino-Alto Adige|Tuscany|Umbria|Aosta Valley|Veneto',
  Spain:
    'Andalusia|Aragon|Asturias|Balearic Islands|Basque Country|Canary Islands|Cantabria|Castile and Leon|Castilla-La Mancha|Catalonia|Extremadura|Galicia|Murcia|Navarre|Valencian Community',
  Portugal:
    'Aveiro|Beja|Braga|Braganca|Castelo Branco|Coimbra|Evora|Faro|Guarda|Leiria|Portalegre|Santarem|Setubal|Viana do Castelo|Vila Real|Viseu|Algarve|Alentejo|Madeira|Azores|Vila Nova de Gaia|Guimaraes',
  Netherlands:
    'Drenthe|Flevoland|Friesland|Gelderland|Groningen|Limburg|North Brabant|North Holland|Overijssel|South Holland|Utrecht|Zeeland',
  Belgium:
    'Wallonia|Antwerp Province|East Flanders|West Flanders|Flemish Brabant|Walloon Brabant|Hainaut|Liege|Namur|Luxembourg Province',
  Nordics:
    'Skane|Vastra Gotaland|Norrbotten|Vasterbotten|Uppsala|Jutland|Funen|Lapland|Uusimaa|Pirkanmaa|Ostrobothnia|Karelia|Nordland|Troms|Finnmark|Vestland|Rogaland|Trondelag',
  Balkans:
    'Vojvodina|Republika Srpska|Herzegovina|Dalmatia|Istria|Slavonia|Transylvania|Moldavia|Wallachia|Dobruja|Banat|Thessaly|Epirus|Macedonia Region|Peloponnese|Crete|Attica|Thrace',
  UK: 'Scotland|Wales|Northern Ireland|Yorkshire|Lancashire|Cumbria|Northumberland|Merseyside|Essex|Sussex|Surrey|Norfolk|Suffolk',
  Ireland: 'Leinster|Munster|Connacht|Ulster|Donegal|Galway|Sligo',
};
