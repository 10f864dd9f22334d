# Hand-written gold rows for heldout6 (annotated by reading the documents only; the extractor was not run).
D1 = "d01_mfa_briefing_0702.txt"
D2 = "d02_eu_air_bridge_release.md"
D3 = "d03_turkiye_communications_statement.txt"
D4 = "d04_embassy_pakistan_news.html"
D5 = "d05_wire_donor_roundup.txt"
A1 = "as of 2020-07-02"
A2 = "as of 2020-06-26"
A3 = "as of 2020-06-24"
A4 = "as of 2020-06-30"
A5 = "as of 2020-07-03"
P2 = "2020-05-08..2020-06-26 (first phase)"

# file, surface, value, qualifier, unit_or_item, what, period_or_as_of, key
FIGURES = [
    # d01 — MFA regular press conference, 2 July 2020
    (D1, "eight batches of anti-epidemic supplies", "8", "exact", "batches", "batches of Chinese government anti-epidemic supplies delivered to Pakistan", A1, "pakistan_china_govt_batches"),
    (D1, "250 ventilators", "250", "exact", "ventilators", "ventilators in Chinese government supplies to Pakistan (cumulative)", A1, "pakistan_china_govt_ventilators"),
    (D1, "more than 1.8 million surgical masks", "1800000", "more_than", "surgical masks", "surgical masks in Chinese government supplies to Pakistan (cumulative)", A1, "pakistan_china_govt_surgical_masks"),
    (D1, "300,000 N95 masks", "300000", "exact", "N95 masks", "N95 masks in Chinese government supplies to Pakistan (cumulative)", A1, "pakistan_china_govt_n95_masks"),
    (D1, "An eight-member medical expert team", "8", "exact", "members", "members of the Chinese medical expert team sent to Pakistan", "2020-04", "pakistan_china_medical_team_members"),
    (D1, "the two foreign ministers", "2", "exact", "foreign ministers", "foreign ministers in the Wang Yi-Qureshi phone call", "2020-06-30", "wang_yi_qureshi_call_ministers"),
    (D1, "21 Arab states", "21", "exact", "countries", "Arab states expected at the 9th CASCF ministerial meeting", "2020-07-06", "cascf_2020_arab_states_participating"),
    (D1, "eight Arab countries", "8", "exact", "countries", "Arab countries China sent medical expert teams to", A1, "china_medical_teams_arab_countries"),
    (D1, "more than 30 video conferences", "30", "more_than", "video conferences", "China-Arab expert video conferences on COVID-19", A1, "china_arab_expert_video_conferences"),
    (D1, "three documents", "3", "exact", "documents", "documents expected to be adopted at the 9th CASCF ministerial meeting", "2020-07-06", "cascf_2020_documents"),
    (D1, "more than US$1.6 billion", "1600000000", "more_than", "US$", "US COVID-19 assistance committed (per State Department, quoted by reporter)", A1, "us_covid_assistance_committed_usd"),
    (D1, "over 120 countries", "120", "more_than", "countries", "countries receiving US COVID-19 assistance (quoted by reporter)", A1, "us_covid_assistance_countries"),
    (D1, "US$2 billion over two years", "2000000000", "exact", "US$", "international aid over two years announced by Xi at the WHA", "2020-05-18", "intl_aid_pledge_wha_2yr"),
    (D1, "more than 40 political parties", "40", "more_than", "political parties", "foreign political parties that sent messages on the CPC's 99th anniversary", "2020-07-01", "cpc_99th_anniversary_messages_parties"),
    (D1, "over 30 countries", "30", "more_than", "countries", "countries of the parties that sent messages on the CPC's 99th anniversary", "2020-07-01", "cpc_99th_anniversary_messages_countries"),

    # d02 — European Commission press release (Markdown), 26 June 2020
    (D2, "completes 67 flights", "67", "exact", "flights", "EU Humanitarian Air Bridge flights completed (title)", A2, "eu_air_bridge_flights"),
    (D2, "**67 flights**", "67", "exact", "flights", "EU Humanitarian Air Bridge flights completed", A2, "eu_air_bridge_flights"),
    (D2, "**more than 1,000 tonnes**", "1000", "more_than", "tonnes", "medical and humanitarian supplies delivered by the EU Humanitarian Air Bridge", A2, "eu_air_bridge_tonnes"),
    (D2, "some 1,700 humanitarian and medical staff", "1700", "about", "people", "humanitarian and medical staff (and family) transported by the Air Bridge", A2, "eu_air_bridge_staff_transported"),
    (D2, "100% of the transport costs", "100", "exact", "percent", "share of Air Bridge transport costs financed by the EU", "", "eu_air_bridge_transport_cost_share"),
    (D2, "**€15 million**", "15000000", "exact", "EUR", "funds earmarked by the Commission for the Air Bridge", A2, "eu_air_bridge_funding_eur"),
    (D2, "three additional flights", "3", "exact", "flights", "Air Bridge flights planned next week (Yemen, Haiti)", "week after 2020-06-26", "eu_air_bridge_planned_flights_next_week"),
    (D2, "up to 25 destinations", "25", "up_to", "destinations", "destinations the Air Bridge is expected to reach by end of July", "by 2020-07-31", "eu_air_bridge_destinations_target"),
    (D2, "18 countries outside the EU", "18", "exact", "countries", "non-EU countries receiving assistance via the EU Civil Protection Mechanism", A2, "ucpm_assistance_countries_outside_eu"),
    (D2, "330,000 FFP2 masks", "330000", "exact", "FFP2 masks", "FFP2 masks shipped from the first rescEU stockpile", A2, "rescue_stockpile_ffp2_masks_shipped"),
    (D2, "| 5 |", "5", "exact", "flights", "Air Bridge flights to Central African Republic (table)", P2, "eu_air_bridge_car_flights"),
    (D2, "| 71 |", "71", "exact", "tonnes", "Air Bridge tonnes to Central African Republic (table)", P2, "eu_air_bridge_car_tonnes"),
    (D2, "| 3 |", "3", "exact", "flights", "Air Bridge flights to Somalia (table)", P2, "eu_air_bridge_somalia_flights"),
    (D2, "| 46 |", "46", "exact", "tonnes", "Air Bridge tonnes to Somalia (table)", P2, "eu_air_bridge_somalia_tonnes"),
    (D2, "| 7 |", "7", "exact", "flights", "Air Bridge flights to South Sudan (table)", P2, "eu_air_bridge_south_sudan_flights"),
    (D2, "| 112 |", "112", "exact", "tonnes", "Air Bridge tonnes to South Sudan (table)", P2, "eu_air_bridge_south_sudan_tonnes"),
    (D2, "| 6 |", "6", "exact", "flights", "Air Bridge flights to Afghanistan (table)", P2, "eu_air_bridge_afghanistan_flights"),
    (D2, "| 95 |", "95", "exact", "tonnes", "Air Bridge tonnes to Afghanistan (table)", P2, "eu_air_bridge_afghanistan_tonnes"),
    (D2, "four destinations", "4", "exact", "destinations", "destinations in the first-phase table", P2, "eu_air_bridge_table_destinations"),
    (D2, "**21**", "21", "total", "flights", "total Air Bridge flights to the four tabled destinations", P2, "eu_air_bridge_table_total_flights"),
    (D2, "**324**", "324", "total", "tonnes", "total Air Bridge tonnes to the four tabled destinations", P2, "eu_air_bridge_table_total_tonnes"),
    (D2, "13 other countries", "13", "exact", "countries", "other countries reached by later Air Bridge flights", A2, "eu_air_bridge_later_destinations"),
    (D2, "About 60% of the cargo", "60", "about", "percent", "share of Air Bridge cargo that was PPE and medicines", A2, "eu_air_bridge_ppe_medicine_share"),

    # d03 — Türkiye Directorate of Communications statement, 24 June 2020
    (D3, "all six Western Balkan countries", "6", "exact", "countries", "Western Balkan countries that received Turkish medical aid", A3, "turkey_wb_aid_countries"),
    (D3, "some 40 tonnes", "40", "about", "tonnes", "Turkish medical aid sent to the Western Balkans (cumulative)", A3, "turkey_wb_aid_tonnes"),
    (D3, "a total of 1.1 million masks", "1100000", "total", "masks", "masks in Turkish aid to the Western Balkans (cumulative)", A3, "turkey_wb_aid_masks"),
    (D3, "45,000 protective overalls", "45000", "exact", "protective overalls", "overalls in Turkish aid to the Western Balkans", A3, "turkey_wb_aid_overalls"),
    (D3, "11,000 litres of disinfectant", "11000", "exact", "litres", "disinfectant in Turkish aid to the Western Balkans", A3, "turkey_wb_aid_disinfectant_litres"),
    (D3, "60 ventilators", "60", "exact", "ventilators", "ventilators in Turkish aid to the Western Balkans", A3, "turkey_wb_aid_ventilators"),
    (D3, "nearly 300,000 masks", "300000", "nearly", "masks", "masks Bosnia and Herzegovina received from Türkiye", A3, "turkey_bih_aid_masks"),
    (D3, "15 ventilators", "15", "exact", "ventilators", "ventilators Bosnia and Herzegovina received from Türkiye", A3, "turkey_bih_aid_ventilators"),
    (D3, "500,000 surgical masks", "500000", "exact", "surgical masks", "surgical masks Türkiye delivered to the US", "2020-04-28", "turkey_us_masks"),
    (D3, "4,000 overalls", "4000", "exact", "overalls", "overalls Türkiye delivered to the US", "2020-04-28", "turkey_us_overalls"),
    (D3, "2,000 litres of disinfectant", "2000", "exact", "litres", "disinfectant Türkiye delivered to the US", "2020-04-28", "turkey_us_disinfectant_litres"),
    (D3, "1,500 goggles", "1500", "exact", "goggles", "goggles Türkiye delivered to the US", "2020-04-28", "turkey_us_goggles"),
    (D3, "500 face shields", "500", "exact", "face shields", "face shields Türkiye delivered to the US", "2020-04-28", "turkey_us_face_shields"),
    (D3, "two planeloads", "2", "exact", "planeloads", "Turkish aid flights to Kyrgyzstan after the Turkic Council summit", A3, "turkey_kyrgyzstan_aid_flights"),
    (D3, "Around 65%", "65", "about", "percent", "share of medical equipment sent abroad that was produced in Türkiye", A3, "turkey_aid_domestic_production_share"),
    (D3, "about 20 million pieces per week", "20000000", "about", "surgical masks per week", "Turkish weekly production of surgical masks", A3, "turkey_surgical_mask_production_weekly"),

    # d04 — Chinese Embassy in Pakistan news page (HTML), 30 June 2020
    (D4, "includes 50 ventilators", "50", "exact", "ventilators", "ventilators in the eighth batch of Chinese government supplies to Pakistan", "2020-06-29", "pakistan_eighth_batch_ventilators"),
    (D4, "200,000 surgical masks", "200000", "exact", "surgical masks", "surgical masks in the eighth batch", "2020-06-29", "pakistan_eighth_batch_surgical_masks"),
    (D4, "25,000 N95 masks", "25000", "exact", "N95 masks", "N95 masks in the eighth batch", "2020-06-29", "pakistan_eighth_batch_n95_masks"),
    (D4, "10,000 sets of protective suits", "10000", "exact", "protective suits", "protective suits in the eighth batch", "2020-06-29", "pakistan_eighth_batch_protective_suits"),
    (D4, "eight batches of supplies", "8", "exact", "batches", "batches of Chinese government supplies provided to Pakistan", A4, "pakistan_china_govt_batches"),
    (D4, "250 ventilators", "250", "exact", "ventilators", "ventilators in Chinese government supplies to Pakistan (cumulative)", A4, "pakistan_china_govt_ventilators"),
    (D4, "1.8 million surgical masks", "1800000", "exact", "surgical masks", "surgical masks in Chinese government supplies to Pakistan (cumulative)", A4, "pakistan_china_govt_surgical_masks"),
    (D4, "320,000 N95 masks", "320000", "exact", "N95 masks", "N95 masks in Chinese government supplies to Pakistan (cumulative)", A4, "pakistan_china_govt_n95_masks"),
    (D4, "230,000 protective suits", "230000", "exact", "protective suits", "protective suits in Chinese government supplies to Pakistan (cumulative)", A4, "pakistan_china_govt_protective_suits"),
    (D4, "70,000 test kits", "70000", "exact", "test kits", "test kits in Chinese government supplies to Pakistan (cumulative)", A4, "pakistan_china_govt_test_kits"),
    (D4, "US$4 million", "4000000", "exact", "US$", "Chinese government cash donation to Pakistan", A4, "pakistan_china_govt_cash_usd"),
    (D4, "more than RMB 50 million", "50000000", "more_than", "RMB", "value of supplies donated to Pakistan by Chinese provinces, enterprises and community", A4, "pakistan_china_nongovt_donations_rmb"),
    (D4, "an eight-member medical expert team", "8", "exact", "members", "members of the Chinese medical expert team sent to Pakistan", "2020-04", "pakistan_china_medical_team_members"),
    (D4, "14 hospitals", "14", "exact", "hospitals", "hospitals visited by the Chinese medical expert team in Pakistan", "2020-04", "pakistan_china_medical_team_hospitals_visited"),
    (D4, "30 training sessions", "30", "exact", "training sessions", "training sessions held by the Chinese medical expert team in Pakistan", "2020-04", "pakistan_china_medical_team_training_sessions"),
    (D4, "nearly 2,000 Pakistani medical workers", "2000", "nearly", "medical workers", "Pakistani medical workers attending the Chinese team's training", "2020-04", "pakistan_china_medical_team_trainees"),
    (D4, "About 90%", "90", "about", "percent", "share of trainees who were front-line doctors and nurses", "2020-04", "pakistan_china_medical_team_trainees_frontline_share"),
    (D4, "more than 3,000 Chinese citizens", "3000", "more_than", "people", "Chinese citizens in Pakistan helped to return home", "2020-05..2020-06-30", "pakistan_chinese_citizens_returned"),
    (D4, "five charter flights", "5", "exact", "charter flights", "charter flights returning Chinese citizens from Pakistan", "2020-05..2020-06-30", "pakistan_chinese_citizens_charter_flights"),

    # d05 — news-wire roundup, 3 July 2020
    (D5, "passed 200,000", "200000", "more_than", "cases", "confirmed COVID-19 infections in Pakistan", A5, "pakistan_confirmed_cases"),
    (D5, "nine shipments", "9", "exact", "shipments", "shipments of Chinese medical supplies to Pakistan since March", A5, "pakistan_china_govt_batches"),
    (D5, "250 ventilators", "250", "exact", "ventilators", "ventilators in Chinese supplies to Pakistan (cumulative)", A5, "pakistan_china_govt_ventilators"),
    (D5, "nearly 2 million surgical masks", "2000000", "nearly", "surgical masks", "surgical masks in Chinese supplies to Pakistan (cumulative)", A5, "pakistan_china_govt_surgical_masks"),
    (D5, "A team of eight Chinese doctors", "8", "exact", "members", "members of the Chinese medical team sent to Pakistan", "2020-04..2020-05", "pakistan_china_medical_team_members"),
    (D5, "$4m in cash", "4000000", "exact", "US$", "Chinese cash donation to Pakistan", A5, "pakistan_china_govt_cash_usd"),
    (D5, "some 65 flights", "65", "about", "flights", "EU Humanitarian Air Bridge flights since May", A5, "eu_air_bridge_flights"),
    (D5, "1,150 tonnes", "1150", "exact", "tonnes", "cargo carried by the EU Humanitarian Air Bridge", A5, "eu_air_bridge_tonnes"),
    (D5, "35 tonnes", "35", "exact", "tonnes", "Turkish aid sent to the Western Balkans (cumulative)", A5, "turkey_wb_aid_tonnes"),
    (D5, "1.1 million masks", "1100000", "exact", "masks", "masks in Turkish aid to the Western Balkans", A5, "turkey_wb_aid_masks"),
    (D5, "half a million masks", "500000", "exact", "masks", "masks Turkey sent to the United States in April", "2020-04-28", "turkey_us_masks"),
    (D5, "more than $1.6 billion", "1600000000", "more_than", "US$", "US COVID-19 assistance committed", A5, "us_covid_assistance_committed_usd"),
    (D5, "more than 120 countries", "120", "more_than", "countries", "countries receiving US COVID-19 assistance", A5, "us_covid_assistance_countries"),
    (D5, "up to 1,000 ventilators", "1000", "up_to", "ventilators", "ventilators the US plans to donate through USAID over the summer", "summer 2020", "us_usaid_ventilators_planned"),
    (D5, "$2 billion over two years", "2000000000", "exact", "US$", "international aid over two years pledged by China at the WHA", "2020-05-18", "intl_aid_pledge_wha_2yr"),
    (D5, "around 133 countries", "133", "about", "countries", "countries India shipped hydroxychloroquine and paracetamol to", A5, "india_hcq_paracetamol_countries"),
    (D5, "more than 1,000 tonnes", "1000", "more_than", "tonnes", "aid sent by the UAE", A5, "uae_covid_aid_tonnes"),
    (D5, "70 countries", "70", "exact", "countries", "countries the UAE sent aid to", A5, "uae_covid_aid_countries"),
]

# file, surface, meeting_name, date_if_stated, format, participants_if_stated
MEETINGS = [
    (D1, "Foreign Ministry Spokesperson's Regular Press Conference on July 2, 2020", "MFA regular press conference", "2020-07-02", "unknown", "MFA spokesperson; journalists"),
    (D1, "had a phone call with Foreign Minister Shah Mahmood Qureshi", "Wang Yi-Shah Mahmood Qureshi phone call", "2020-06-30", "phone", "Wang Yi; Shah Mahmood Qureshi"),
    (D1, "The Ninth Ministerial Meeting of the China-Arab States Cooperation Forum is approaching", "9th Ministerial Meeting of the China-Arab States Cooperation Forum", "2020-07-06", "video", "Wang Yi; Sabri Boukadoum; Arab foreign ministers"),
    (D1, "The Ninth Ministerial Meeting of the China-Arab States Cooperation Forum will be held via video link on July 6", "9th Ministerial Meeting of the China-Arab States Cooperation Forum", "2020-07-06", "video", "Wang Yi; Sabri Boukadoum; foreign ministers and representatives of 21 Arab states; Secretary-General of the League of Arab States"),
    (D1, "attended the opening of the 73rd World Health Assembly on May 18", "73rd World Health Assembly, opening session", "2020-05-18", "unknown", "Xi Jinping"),
    (D1, "The G20 Riyadh summit is scheduled for November 21-22", "G20 Riyadh Summit", "2020-11-21", "unknown", "G20 leaders"),
    (D2, "during their video conference on 8 June", "EU development ministers' video conference", "2020-06-08", "video", "Janez Lenarčič; EU development ministers"),
    (D3, "In a phone call with Serbian President Aleksandar Vučić on 16 April", "Erdoğan-Vučić phone call", "2020-04-16", "phone", "Recep Tayyip Erdoğan; Aleksandar Vučić"),
    (D3, "the telephone conversation between President Erdoğan and President Donald Trump", "Erdoğan-Trump phone call", "", "phone", "Recep Tayyip Erdoğan; Donald Trump"),
    (D3, "the Extraordinary Summit of the Cooperation Council of Turkic Speaking States", "Extraordinary Summit of the Cooperation Council of Turkic Speaking States", "2020-04-10", "video", "Recep Tayyip Erdoğan; leaders of Turkic Council member states"),
    (D4, "Ambassador Yao Jing called on Foreign Minister Shah Mahmood Qureshi", "Yao Jing call on Shah Mahmood Qureshi", "2020-06-29", "in_person", "Yao Jing; Shah Mahmood Qureshi"),
    (D5, "G20 finance ministers are due to meet by video link on July 18", "G20 Finance Ministers and Central Bank Governors meeting", "2020-07-18", "video", "G20 finance ministers"),
    (D5, "announced by President Xi Jinping at the World Health Assembly in May", "73rd World Health Assembly, opening session", "2020-05", "unknown", "Xi Jinping"),
]
