# Hand-written gold rows for heldout7 (annotated by reading the documents only; the extractor was not run).
K1 = "k01_korea_mofa_press_release.txt"
K2 = "k02_jiangsu_fao_news.txt"
K3 = "k03_unicef_eap_sitrep.txt"
K4 = "k04_ecowas_communique.txt"
K5 = "k05_news_analysis.txt"
A1 = "as of 2020-06-11"
A2 = "as of 2020-05-08"
A3 = "as of 2020-06-15"
T3 = "as of 2020-06-12 (Table 2)"
A4 = "as of 2020-04-23"
A5 = "as of 2020-06-24"

# file, surface, value, qualifier, unit_or_item, what, period_or_as_of, key
FIGURES = [
    # k01 - Korean MOFA press release No. 20-417, 11 June 2020
    (K1, "KRW 6 Billion", "6000000000", "exact", "KRW", "Korean COVID-19 humanitarian assistance to six Southeast Asian countries (title)", A1, "korea_sea_aid_krw"),
    (K1, "Six Southeast Asian Countries", "6", "exact", "countries", "Southeast Asian countries receiving the Korean package (title)", A1, "korea_sea_aid_countries"),
    (K1, "KRW 6 billion", "6000000000", "exact", "KRW", "Korean COVID-19 humanitarian assistance to six Southeast Asian countries", A1, "korea_sea_aid_krw"),
    (K1, "approximately US$5 million", "5000000", "about", "US$", "US$ equivalent of the Korean package to Southeast Asia", A1, "korea_sea_aid_usd"),
    (K1, "six countries in Southeast Asia", "6", "exact", "countries", "Southeast Asian countries receiving the Korean package", A1, "korea_sea_aid_countries"),
    (K1, "KRW 1.8 billion", "1800000000", "exact", "KRW", "Korean COVID-19 assistance allocated to Indonesia", A1, "korea_indonesia_aid_krw"),
    (K1, "50,000 diagnostic test kits", "50000", "exact", "test kits", "Korean-made diagnostic test kits in Korea's assistance to Indonesia", A1, "korea_indonesia_test_kits"),
    (K1, "KRW 1.3 billion", "1300000000", "exact", "KRW", "Korean COVID-19 assistance allocated to the Philippines", A1, "korea_philippines_aid_krw"),
    (K1, "30,000 diagnostic test kits", "30000", "exact", "test kits", "diagnostic test kits in Korea's assistance to the Philippines", A1, "korea_philippines_test_kits"),
    (K1, "KRW 1.1 billion", "1100000000", "exact", "KRW", "Korean COVID-19 assistance allocated to Viet Nam (ICU equipment)", A1, "korea_vietnam_aid_krw"),
    (K1, "three central hospitals", "3", "exact", "hospitals", "Vietnamese central hospitals receiving Korean-funded ICU equipment", A1, "korea_vietnam_icu_hospitals"),
    (K1, "KRW 720 million", "720000000", "exact", "KRW", "Korean COVID-19 assistance allocated to Myanmar", A1, "korea_myanmar_aid_krw"),
    (K1, "KRW 600 million", "600000000", "exact", "KRW", "Korean COVID-19 assistance allocated to Cambodia", A1, "korea_cambodia_aid_krw"),
    (K1, "KRW 480 million", "480000000", "exact", "KRW", "Korean COVID-19 assistance allocated to Lao PDR", A1, "korea_laos_aid_krw"),
    (K1, "KRW 2.4 billion", "2400000000", "exact", "KRW", "part of the Korean package delivered through WHO and UNICEF", A1, "korea_sea_aid_multilateral_krw"),
    (K1, "a total of US$ 41.5 million", "41500000", "total", "US$", "Korea's COVID-19 humanitarian assistance abroad in 2020 (cumulative)", A1, "korea_covid_humanitarian_total_usd"),
    (K1, "104 countries", "104", "exact", "countries", "countries receiving Korea's COVID-19 humanitarian assistance in 2020", A1, "korea_covid_humanitarian_countries"),
    (K1, "Some 22 per cent", "22", "about", "percent", "share of Korea's 2020 COVID-19 humanitarian assistance that went to ASEAN states", A1, "korea_covid_humanitarian_asean_share"),
    (K1, "the 10 ASEAN member states", "10", "exact", "countries", "ASEAN member states", "", "asean_member_states"),
    (K1, "more than 20 webinars", "20", "more_than", "webinars", "Korean 3T webinars with ASEAN health officials since March", "2020-03..2020-06-11", "korea_asean_3t_webinars"),

    # k02 - Jiangsu Provincial Foreign Affairs Office news item, 8 May 2020
    (K2, "600,000 surgical masks", "600000", "exact", "surgical masks", "surgical masks in Jiangsu's second batch to friendly localities abroad", "2020-05-07", "jiangsu_second_batch_surgical_masks"),
    (K2, "40,000 KN95 masks", "40000", "exact", "KN95 masks", "KN95 masks in Jiangsu's second batch", "2020-05-07", "jiangsu_second_batch_kn95_masks"),
    (K2, "8,000 protective suits", "8000", "exact", "protective suits", "protective suits in Jiangsu's second batch", "2020-05-07", "jiangsu_second_batch_protective_suits"),
    (K2, "5,000 infrared thermometers", "5000", "exact", "infrared thermometers", "infrared thermometers in Jiangsu's second batch", "2020-05-07", "jiangsu_second_batch_thermometers"),
    (K2, "17 friendly localities", "17", "exact", "localities", "friendly provinces/cities abroad receiving Jiangsu's second batch", "2020-05-07", "jiangsu_second_batch_localities"),
    (K2, "11 countries", "11", "exact", "countries", "countries of the localities receiving Jiangsu's second batch", "2020-05-07", "jiangsu_second_batch_countries"),
    (K2, "450,000 surgical masks", "450000", "exact", "surgical masks", "surgical masks in Jiangsu's first batch", "2020-04-14", "jiangsu_first_batch_surgical_masks"),
    (K2, "20,000 sets of protective suits", "20000", "exact", "protective suits", "protective suits in Jiangsu's first batch", "2020-04-14", "jiangsu_first_batch_protective_suits"),
    (K2, "nine friendly cities", "9", "exact", "cities", "friendly cities receiving Jiangsu's first batch", "2020-04-14", "jiangsu_first_batch_cities"),
    (K2, "the two batches", "2", "exact", "batches", "batches of supplies Jiangsu has sent to friendly localities abroad", A2, "jiangsu_batches_donated"),
    (K2, "1.05 million surgical masks", "1050000", "exact", "surgical masks", "surgical masks Jiangsu has donated to friendly localities abroad (cumulative)", A2, "jiangsu_surgical_masks_total"),
    (K2, "28,000 sets of protective suits", "28000", "exact", "protective suits", "protective suits Jiangsu has donated to friendly localities abroad (cumulative)", A2, "jiangsu_protective_suits_total"),
    (K2, "a total of 26 friendly localities", "26", "total", "localities", "friendly localities abroad that received Jiangsu supplies (cumulative)", A2, "jiangsu_localities_total"),
    (K2, "about RMB 16.8 million", "16800000", "about", "RMB", "value of Jiangsu's donated supplies (cumulative)", A2, "jiangsu_donations_value_rmb"),
    (K2, "80,000 surgical masks", "80000", "exact", "surgical masks", "surgical masks for Penang in Jiangsu's second batch", "2020-05-07", "jiangsu_penang_surgical_masks"),
    (K2, "1,000 infrared thermometers", "1000", "exact", "infrared thermometers", "thermometers for Penang in Jiangsu's second batch", "2020-05-07", "jiangsu_penang_thermometers"),
    (K2, "70,000 surgical masks", "70000", "exact", "surgical masks", "surgical masks for Chiang Mai in Jiangsu's second batch", "2020-05-07", "jiangsu_chiang_mai_surgical_masks"),
    (K2, "More than 30 volunteers", "30", "more_than", "people", "volunteers who packed Jiangsu's second batch", "2020-05-07", "jiangsu_second_batch_volunteers"),
    (K2, "ten online consultations", "10", "exact", "online consultations", "online consultations between Jiangsu hospitals and Penang doctors", "2020-04-28..2020-05-08", "jiangsu_penang_online_consultations"),
    (K2, "a dozen ventilators", "12", "exact", "ventilators", "ventilators in Jiangsu's planned third batch", "2020-06 (planned)", "jiangsu_third_batch_ventilators"),
    (K2, "100,000 KN95 masks", "100000", "exact", "KN95 masks", "KN95 masks in Jiangsu's planned third batch", "2020-06 (planned)", "jiangsu_third_batch_kn95_masks"),

    # k03 - UNICEF EAPRO COVID-19 Situation Report No. 9 (1-15 June 2020)
    (K3, "Around 262,000 confirmed COVID-19 cases", "262000", "about", "cases", "confirmed COVID-19 cases in the East Asia and Pacific region (WHO)", A3, "eap_region_confirmed_cases"),
    (K3, "US$ 122.5 million", "122500000", "exact", "US$", "UNICEF East Asia and Pacific COVID-19 funding requirement", A3, "unicef_eap_funding_requirement_usd"),
    (K3, "46%", "46", "exact", "percent", "share of UNICEF EAP COVID-19 requirement funded", A3, "unicef_eap_funded_share"),
    (K3, "over 4.3 million items", "4300000", "more_than", "PPE items", "PPE items UNICEF delivered in East Asia and Pacific (cumulative)", A3, "unicef_eap_ppe_items"),
    (K3, "18 countries", "18", "exact", "countries", "countries in the region receiving UNICEF PPE deliveries", A3, "unicef_eap_ppe_countries"),
    (K3, "2.6 million surgical masks", "2600000", "exact", "surgical masks", "surgical masks among UNICEF PPE deliveries in the region", A3, "unicef_eap_surgical_masks"),
    (K3, "310,000 pairs of gloves", "310000", "exact", "pairs of gloves", "gloves among UNICEF PPE deliveries in the region", A3, "unicef_eap_gloves"),
    (K3, "an estimated 210 million people", "210000000", "about", "people", "people reached by UNICEF-supported COVID-19 risk communication in the region", A3, "unicef_eap_risk_comm_reach"),
    (K3, "Nearly two million children", "2000000", "nearly", "children", "children in Indonesia and the Philippines receiving distance learning materials", A3, "unicef_eap_distance_learning_children"),
    (K3, "11 of the region's", "11", "exact", "countries and territories", "countries/territories in the region with schools fully or partially closed", A3, "eap_school_closure_countries"),
    (K3, "27 countries and territories", "27", "exact", "countries and territories", "countries and territories in UNICEF's East Asia and Pacific region", "", "unicef_eap_region_countries"),
    (K3, "US$ 1.2 million", "1200000", "exact", "US$", "Korean contribution to UNICEF EAP COVID-19 response (test kits and supplies)", A3, "korea_unicef_eap_contribution_usd"),
    (K3, "14 governments", "14", "exact", "governments", "governments represented at UNICEF EAPRO's virtual donor briefing", "2020-06-04", "unicef_eap_donor_briefing_governments"),
    (K3, "50,000", "50000", "exact", "test kits", "Korea-funded SARS-CoV-2 test kits delivered to Indonesia (Table 2)", T3, "korea_indonesia_test_kits"),
    (K3, "30,000", "30000", "exact", "test kits", "Korea-funded SARS-CoV-2 test kits delivered to the Philippines (Table 2)", T3, "korea_philippines_test_kits"),
    (K3, "240,000", "240000", "exact", "surgical masks", "Korea-funded surgical masks delivered to Myanmar (Table 2)", T3, "korea_myanmar_surgical_masks"),
    (K3, "120,000", "120000", "exact", "soap bars", "Korea-funded soap bars delivered to Cambodia (Table 2)", T3, "korea_cambodia_soap_bars"),
    (K3, "45", "45", "exact", "oxygen concentrators", "Korea-funded oxygen concentrators for Lao PDR, pending (Table 2)", T3, "korea_laos_oxygen_concentrators"),
    (K3, "Total consignments: 5", "5", "total", "consignments", "Korea-funded consignments in Table 2", T3, "korea_unicef_eap_consignments"),

    # k04 - ECOWAS extraordinary summit final communique, 23 April 2020
    (K4, "9,826 confirmed cases", "9826", "exact", "cases", "confirmed COVID-19 cases in the ECOWAS region", "as of 2020-04-22", "ecowas_region_confirmed_cases"),
    (K4, "228 deaths", "228", "exact", "deaths", "COVID-19 deaths in the ECOWAS region", "as of 2020-04-22", "ecowas_region_deaths"),
    (K4, "all 15 Member States", "15", "exact", "countries", "ECOWAS member states (all with COVID-19 present)", "as of 2020-04-22", "ecowas_member_states"),
    (K4, "some 385 million", "385000000", "about", "people", "combined population of ECOWAS member states", "", "ecowas_population"),
    (K4, "US$ 25 million", "25000000", "exact", "US$", "ECOWAS Commission emergency contribution to the regional COVID-19 response", A4, "ecowas_commission_covid_fund_usd"),
    (K4, "more than 68,000 testing kits", "68000", "more_than", "test kits", "test kits WAHO distributed to ECOWAS member states", A4, "waho_test_kits_distributed"),
    (K4, "1.3 million surgical masks", "1300000", "exact", "surgical masks", "surgical masks WAHO distributed to ECOWAS member states", A4, "waho_surgical_masks_distributed"),
    (K4, "150 ventilators", "150", "exact", "ventilators", "ventilators WAHO distributed to ECOWAS member states", A4, "waho_ventilators_distributed"),
    (K4, "US$ 5 million", "5000000", "exact", "US$", "Nigeria's pledge to the ECOWAS COVID-19 response fund", A4, "ecowas_fund_nigeria_pledge_usd"),
    (K4, "US$ 1 million", "1000000", "exact", "US$", "Ghana's pledge to the ECOWAS COVID-19 response fund", A4, "ecowas_fund_ghana_pledge_usd"),
    (K4, "up to US$ 50 million", "50000000", "up_to", "US$", "EBID facility for ECOWAS member states' COVID-19 response", A4, "ebid_covid_facility_usd"),
    (K4, "at least 15%", "15", "at_least", "percent", "share of national budgets ECOWAS urged member states to allocate to health", "", "ecowas_health_budget_share_target"),

    # k05 - news analysis, 24 June 2020
    (K5, "7 billion won", "7000000000", "exact", "KRW", "Korean COVID-19 assistance to six Southeast Asian governments", A5, "korea_sea_aid_krw"),
    (K5, "about $5m", "5000000", "about", "US$", "US$ equivalent of the Korean package to Southeast Asia", A5, "korea_sea_aid_usd"),
    (K5, "six South-East Asian governments", "6", "exact", "countries", "Southeast Asian governments receiving the Korean package", A5, "korea_sea_aid_countries"),
    (K5, "$2bn", "2000000000", "exact", "US$", "international aid over two years pledged by China at the WHA", "2020-05-18", "intl_aid_pledge_wha_2yr"),
    (K5, "1.8 billion won", "1800000000", "exact", "KRW", "Indonesia's share of the Korean package", A5, "korea_indonesia_aid_krw"),
    (K5, "80,000 test kits", "80000", "exact", "test kits", "test kits in Indonesia's share of the Korean package", A5, "korea_indonesia_test_kits"),
    (K5, "30,000 for the Philippines", "30000", "exact", "test kits", "Korean test kits for the Philippines (arrived, per UNICEF)", A5, "korea_philippines_test_kits"),
    (K5, "$1.2m", "1200000", "exact", "US$", "Korean contribution to UNICEF for the test kits and supplies", A5, "korea_unicef_eap_contribution_usd"),
    (K5, "$41.5m", "41500000", "exact", "US$", "Korea's spending on pandemic relief abroad in 2020 (cumulative)", A5, "korea_covid_humanitarian_total_usd"),
    (K5, "two batches of supplies", "2", "exact", "batches", "batches of supplies Jiangsu has sent to twin towns abroad", A5, "jiangsu_batches_donated"),
    (K5, "600,000 surgical masks", "600000", "exact", "surgical masks", "surgical masks in Jiangsu's second batch", "2020-05-07", "jiangsu_second_batch_surgical_masks"),
    (K5, "19 partner cities", "19", "exact", "localities", "partner cities receiving Jiangsu's second batch", "2020-05-07", "jiangsu_second_batch_localities"),
    (K5, "1.5 million surgical masks", "1500000", "exact", "surgical masks", "surgical masks Jiangsu has donated in all (cumulative)", A5, "jiangsu_surgical_masks_total"),
    (K5, "12 ventilators", "12", "exact", "ventilators", "ventilators Jiangsu plans to send in June", "2020-06 (planned)", "jiangsu_third_batch_ventilators"),
    (K5, "some 3.4 million items", "3400000", "about", "PPE items", "protective gear UNICEF has moved into the East Asia and Pacific region", A5, "unicef_eap_ppe_items"),
    (K5, "$122.5m", "122500000", "exact", "US$", "UNICEF East Asia and Pacific COVID-19 appeal", A5, "unicef_eap_funding_requirement_usd"),
    (K5, "46 per cent", "46", "exact", "percent", "share of UNICEF EAP appeal funded", A5, "unicef_eap_funded_share"),
    (K5, "$20m", "20000000", "exact", "US$", "ECOWAS Commission contribution announced at the 23 April summit", A4, "ecowas_commission_covid_fund_usd"),
    (K5, "US$5 million", "5000000", "exact", "US$", "Nigeria's pledge at the ECOWAS summit", A4, "ecowas_fund_nigeria_pledge_usd"),
    (K5, "nearly 10,000 cases", "10000", "nearly", "cases", "COVID-19 cases in the ECOWAS region at the time of the 23 April summit", A4, "ecowas_region_confirmed_cases"),
    (K5, "some 70,000 test kits", "70000", "about", "test kits", "test kits the regional health agency (WAHO) handed out across ECOWAS", A5, "waho_test_kits_distributed"),
    (K5, "the bloc's 15 members", "15", "exact", "countries", "ECOWAS member states", A5, "ecowas_member_states"),
]

# file, surface, meeting_name, date_if_stated, format, participants_if_stated
MEETINGS = [
    (K1, "the 2nd Inter-Agency Meeting on International Development Cooperation against COVID-19, held in Seoul on June 10th", "2nd Inter-Agency Meeting on International Development Cooperation against COVID-19 (Korea)", "2020-06-10", "in_person", "Korean government agencies"),
    (K1, "in a telephone conversation with Indonesian Deputy Foreign Minister Mahendra Siregar on June 9th", "Cho Sei-young-Mahendra Siregar phone call", "2020-06-09", "phone", "Cho Sei-young; Mahendra Siregar"),
    (K1, "the Special ASEAN Plus Three Summit on COVID-19, held by video conference on 14 April 2020", "Special ASEAN Plus Three Summit on COVID-19", "2020-04-14", "video", "Moon Jae-in; ASEAN Plus Three leaders"),
    (K2, "Governor Wu Zhenglong held a video call with Penang Chief Minister Chow Kon Yeow", "Wu Zhenglong-Chow Kon Yeow video call", "2020-04-28", "video", "Wu Zhenglong; Chow Kon Yeow"),
    (K3, "the Regional Director briefed donors on the regional response in a virtual meeting", "UNICEF EAPRO donor briefing on COVID-19 response", "2020-06-04", "video", "UNICEF EAPRO Regional Director; representatives of 14 governments"),
    (K4, "held an extraordinary summit by videoconference on Thursday, 23rd April 2020", "Extraordinary Summit of the ECOWAS Authority of Heads of State and Government on COVID-19", "2020-04-23", "video", "Mahamadou Issoufou (chair); Patrice Talon; Roch Marc Christian Kaboré; Jorge Carlos Fonseca; Alassane Ouattara; Adama Barrow; Nana Addo Dankwa Akufo-Addo; Alpha Condé; Umaro Sissoco Embaló; George Manneh Weah; Ibrahim Boubacar Keïta; Muhammadu Buhari; Macky Sall; Julius Maada Bio; Faure Essozimna Gnassingbé; Jean-Claude Kassi Brou; WAHO Director General"),
    (K4, "the extraordinary meeting of ECOWAS Ministers of Health held in Bamako on 14 March 2020", "Extraordinary meeting of ECOWAS Ministers of Health", "2020-03-14", "in_person", "ECOWAS health ministers"),
    (K4, "the videoconference of the Bureau of the Assembly of the African Union of 26th March 2020", "Bureau of the Assembly of the African Union videoconference on COVID-19", "2020-03-26", "video", "Bureau of the AU Assembly"),
    (K5, "the ASEAN Plus Three leaders' video summit on April 14", "Special ASEAN Plus Three Summit on COVID-19", "2020-04-14", "video", "Moon Jae-in; ASEAN Plus Three leaders"),
    (K5, "in a phone call with her Philippine counterpart, Teodoro Locsin, on June 2nd", "Kang Kyung-wha-Teodoro Locsin phone call", "2020-06-02", "phone", "Kang Kyung-wha; Teodoro Locsin"),
    (K5, "spoke by video with the chief minister of Penang in late April", "Wu Zhenglong-Chow Kon Yeow video call", "2020-04", "video", "Wu Zhenglong; chief minister of Penang"),
    (K5, "At the ECOWAS video summit of April 23", "Extraordinary Summit of the ECOWAS Authority of Heads of State and Government on COVID-19", "2020-04-23", "video", "Mahamadou Issoufou (chair); ECOWAS leaders"),
    (K5, "pledge at the World Health Assembly", "73rd World Health Assembly, opening session", "", "unknown", ""),
]
