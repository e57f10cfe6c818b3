/// The patterns `gloss suggest` runs, in priority order: where two candidates of the same kind
/// overlap, the one found by the pattern listed first is kept. To add one, see CONTRIBUTING.md,
/// "Adding a suggestion pattern"; its examples are run as tests.
public enum SuggestionPatterns {
    public static let all: [SuggestionPattern] = quotes + attributions + dates + numbers + locations

    // MARK: Quotes — the words inside the marks; the speaker is taken from the sentence (`SpeakerFinder`).

    static let quotes: [SuggestionPattern] = [
        .init("quote-curly-double", .quote, "Words inside “curly double quotation marks”",
              #"“(?<span>[^“”\n]+)”"#,
              matches: ["Residents shouted “⟦Unlock down!⟧”", "居民说：“⟦我们要回家。⟧”"],
              nonMatches: ["No quotation here.", "An unclosed “quote\non two lines”"]),
        .init("quote-straight-double", .quote, "Words inside \"straight double quotation marks\"",
              #""(?<span>[^"\n]+)""#,
              matches: [#"He said "⟦we stay⟧" twice."#],
              nonMatches: [#"A lone " mark."#]),
        .init("quote-corner", .quote, "Words inside 「corner brackets」",
              #"「(?<span>[^「」\n]+)」"#,
              matches: ["网友称「⟦忍耐只会让坏人更无畏⟧」"],
              nonMatches: ["没有引号的句子。"]),
        .init("quote-white-corner", .quote, "Words inside 『white corner brackets』",
              #"『(?<span>[^『』\n]+)』"#,
              matches: ["他说『⟦开门⟧』"],
              nonMatches: ["「开门」"]),
        .init("quote-curly-single", .quote, "Words inside ‘curly single quotation marks’, not apostrophes",
              #"(?:^|[^\p{L}\p{N}])‘(?<span>(?:[^‘’\n]|’(?=\p{L}))+?)’(?!\p{L})"#,
              matches: ["She shouted ‘⟦Let’s go⟧’ and left.", "‘⟦Apologize⟧’"],
              nonMatches: ["China’s holiday and the man’s voice", "rock ’n’ roll"]),
    ]

    // MARK: Attributions — who the article says its information comes from.

    /// Nouns for people and outlets that a report cites as its source.
    static let sourceNouns = #"netizens?|internet users?|users?|bloggers?|witness(?:es)?|insiders?|officials?|spokesperson|spokes(?:man|woman)|reporters?|journalists?|police|authorities"#
    static let reportingVerbs = #"said|says|reported|reports|wrote|writes|claimed|claims|stated|states|announced|posted|commented|told"#
    static let platforms = #"Twitter|X|Weibo|WeChat|Facebook|YouTube|Telegram|Douyin|TikTok|Instagram"#
    /// Chinese nouns that end the name of a body or outlet that can be cited: 居委会, 日报, 网友.
    static let zhSourceNouns = #"网友|居委会|委员会|办事处|政府|媒体|新闻|日报|晚报|电视台|发言人|官员|知情人士|人士|部门|负责人|工作人员|通报|通知"#

    static let attributions: [SuggestionPattern] = [
        .init("attribution-according-to", .attribution, "“According to …”, up to the end of the phrase",
              #"(?i:according to)\s+(?<source>[^,.;:!?\n“”"]{2,80})"#,
              matches: ["⟦According to Sound of Hope⟧, three days", "⟦according to information on the internet⟧."],
              nonMatches: ["Accordingly, nothing happened."]),
        .init("attribution-said-that", .attribution, "A named source reporting speech: “The Paper said that”",
              // Words of at most 40 letters: unbounded, a line of capitals was tried from each of them to its end.
              // When: "reported on Oct. 3 that", "said on Monday that", "wrote last week that".
              #"(?<source>\p{Lu}[\p{L}’'-]{0,40}(?:\s+[\p{L}’'-]{1,40}){0,8}?)\s+(?:\#(reportingVerbs))"#
                  + #"(?:\s+(?:on|in|at|last|this|earlier|late|early|yesterday|today)\b[^,;:!?\n“”"]{0,30}?)?\s+that\b"#,
              matches: ["⟦The Paper said that⟧ the city", "⟦The person who posted the video said that⟧ the police",
                        "⟦The Paper reported on Oct. 3 that⟧ 185 people", "⟦Sound of Hope wrote last week that⟧ the gates"],
              nonMatches: ["the police said nothing", "He said, “Go.”", "The Paper said on Monday, that is, yesterday"]),
        .init("attribution-posted-on", .attribution, "A post on a platform: “posted on Twitter account Martin”",
              #"(?i:posted|shared|published)\s+(?i:on|to)\s+(?:\#(platforms))(?:\s+(?i:account|user|channel))?\s+(?:by\s+)?(?<source>@?\p{Lu}[\p{L}\p{N}_.-]*)"#,
              matches: ["Another video was ⟦posted on Twitter account Martin⟧ on October 2."],
              nonMatches: ["posted on the wall", "posted on Twitter on Monday"]),
        .init("attribution-source-said", .attribution, "A citable kind of person speaking: “Some netizen said”",
              // Whose: "a spokesperson for the city government said".
              #"(?i:\b(?:some|a|an|one|the|many|several|local)\s+)?(?<source>(?i:\#(sourceNouns))"#
                  + #"(?:\s+(?i:for|of|from|at)\s+(?:the\s+)?\p{L}[\p{L}’'-]{0,40}(?:\s+[\p{L}’'-]{1,40}){0,5}?)?)\s+(?i:\#(reportingVerbs))\b"#,
              matches: ["⟦Some netizen said⟧, “Tolerating”", "⟦Officials said⟧ the gates",
                        "⟦A spokesperson for the Lanzhou government said⟧ the gates"],
              nonMatches: ["An angry resident said, “Come here!”", "Residents shouted “Unlock down!”"]),
        .init("attribution-zh-according-to", .attribution, "据…报道 / 据…消息 / 据…称",
              #"据(?<source>[^，。；：、“”「」『』\s]{1,20}?)(?:报道|消息|通报|披露|介绍|了解|称)"#,
              matches: ["⟦据澎湃新闻报道⟧，当地", "⟦据希望之声消息⟧，"],
              nonMatches: ["根据规定，居民需要登记。"]).inChineseTextOnly(),
        .init("attribution-zh-said", .attribution, "A registered source or a citable body saying: …称, …表示",
              #"(?<source>{sources}|[\p{sc=Han}A-Za-z0-9]{0,12}?(?:\#(zhSourceNouns)))(?:在[\p{sc=Han}]{1,8}中)?(?:发布通知称|通报称|发文称|称|表示|指出|报道|说)"#,
              matches: ["3月5日，⟦青禾社区居委会发布通知称⟧，", "⟦希望之声称⟧，", "⟦相关负责人表示⟧，", "他们走了。⟦居委会表示⟧，好。"],
              nonMatches: ["一位居民说：“好。”", "居民张女士对记者说："]).inChineseTextOnly(),
    ]

    // MARK: Dates — calendar dates and the days and periods an article counts from.

    static let months = #"January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\."#
    static let ordinals = #"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final"#
    static let writtenNumbers = #"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|a thousand|a dozen|dozens of|hundreds of|thousands of"#
    static let zhDigits = #"[〇零一二三四五六七八九十]"#

    static let dates: [SuggestionPattern] = [
        .init("date-month-day", .date, "A month and a day, with the year when given: “October 2, 2022”",
              #"(?:^|[^\p{N}])(?<span>(?:\#(months))\s+[0-9]{1,2}(?:st|nd|rd|th)?(?:,?\s+[0-9]{4})?(?!\p{N})|[0-9]{1,2}\s+(?:\#(months))(?:\s+[0-9]{4})?)"#,
              matches: ["over on ⟦October 1⟧. Freedom", "⟦October 2, 2022⟧", "on ⟦2 October 2022⟧"],
              nonMatches: ["She may 5 times", "in October"]),
        .init("date-iso", .date, "An ISO 8601 date: 2022-10-02",
              #"(?:^|[^\p{N}-])(?<span>[0-9]{4}-[0-9]{2}-[0-9]{2})(?![\p{N}-])"#,
              matches: ["published ⟦2022-10-02⟧."],
              nonMatches: ["call 2022-10-0299"]),
        .init("date-zh", .date, "A Chinese date: 2022年10月2日, 10月2日, 十月二日",
              #"(?:[0-9]{4}|[〇零一二三四五六七八九]{4})年(?:[0-9]{1,2}|\#(zhDigits){1,3})月(?:(?:[0-9]{1,2}|\#(zhDigits){1,3})[日号])?|(?:[0-9]{1,2}|\#(zhDigits){1,3})月(?:[0-9]{1,2}|\#(zhDigits){1,3})[日号]"#,
              matches: ["⟦2022年10月2日⟧，", "⟦10月2日⟧起", "⟦十月二日⟧"],
              nonMatches: ["三个月以来"]).inChineseTextOnly(),
        .init("date-same-day", .date, "A day told relative to another: “On the same day”, “the next day”",
              #"(?i:\b(?:on\s+)?the\s+(?:same|next|following|previous|preceding)\s+(?:day|night|morning|evening))\b"#,
              matches: ["⟦On the same day⟧, people gathered", "left ⟦the next day⟧."],
              nonMatches: ["the same people"]),
        .init("date-day-of", .date, "A named day: “the first day of China’s National Memorial week”",
              #"(?i:the\s+(?:\#(ordinals))\s+day\s+of)\s+(?:the\s+)?(?:\p{Lu}[\p{L}’'-]*\s+)*\p{Lu}[\p{L}’'-]*(?:\s+(?:week|holiday|festival|month|year))?"#,
              matches: ["On ⟦the first day of China’s National Memorial week⟧, residents"],
              nonMatches: ["the first day of school"]),
        .init("date-past-period", .date, "A period counted back or forward: “the past 7 days”",
              #"(?i:\bthe\s+(?:past|last|next|previous|coming|following)\s+(?:[0-9]+|\#(writtenNumbers))\s+(?:hours|days|weeks|months|years))\b"#,
              matches: ["In ⟦the past 7 days⟧, only", "⟦the next three weeks⟧"],
              nonMatches: ["the past week"]),
        .init("date-zh-relative", .date, "当天, 次日, 近7天: a day or period told relative to another",
              #"当天|当日|同日|次日|翌日|前一天|去年|今年|前年|明年|上周|本周|上个月|本月|(?:过去|最近|近)(?:[0-9]+|[一二三四五六七八九十两]+)(?:天|日|周|个月|年)"#,
              matches: ["⟦当天⟧下午", "⟦近7天⟧内", "⟦去年⟧也发过"],
              nonMatches: ["天气很好"]).inChineseTextOnly(),
        .init("date-year", .date, "A year after a preposition: “in 2022”",
              #"(?i:\b(?:in|since|until|by|during|before|after))\s+(?<span>(?:19|20)[0-9]{2})(?!\p{N})"#,
              matches: ["protests in ⟦2022⟧"],
              nonMatches: ["room 2022"]),
    ]

    // MARK: Numbers — counts with their units, shares, durations.

    static let comparators = #"(?:(?:more|less|fewer) than|over|under|about|around|nearly|almost|at least|at most|up to|some|roughly|approximately)\s+"#
    static let units = #"cases|people|persons|residents|deaths|patients|infections|officers|police|cars|vehicles|households|families|buildings|communities|times|tests|workers|staff|students|protesters|hours|days|weeks|months|years|minutes|seconds|yuan|dollars|kilometres|kilometers|km|metres|meters"#
    static let scales = #"thousand|million|billion|trillion"#
    static let figure = #"(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+(?:\.[0-9]+)?)"#
    static let unitAdjectives = #"new|positive|confirmed|asymptomatic|local|more|additional|police|other"#
    static let zhUnits = #"个小时|小时|分钟|天|周|个月|户|人|名|位|辆|栋|座|家|例|次|台|元|平方公里|公里|千米|毫米|厘米|米|公斤|吨|亩|架|艘|所"#

    static let numbers: [SuggestionPattern] = [
        .init("number-percent", .number, "A share: “more than 98%”, “12 percent”",
              #"(?:^|[^\p{L}\p{N}.-])(?<span>(?i:\#(comparators))?[0-9]+(?:\.[0-9]+)?\s?(?:%|(?i:percent|per cent)))"#,
              matches: ["accounting for ⟦more than 98%⟧.", "⟦12.5 percent⟧"],
              nonMatches: ["98 people"]),
        .init("number-with-unit", .number, "A count or duration with its unit: “185 positive cases”, “48 hours”",
              #"(?:^|[^\p{L}\p{N}.,-])(?<span>(?i:\#(comparators))?\#(figure)(?:\s+(?i:\#(scales)))?(?:\s+(?i:\#(unitAdjectives))){0,2}\s+(?i:\#(units)))\b"#,
              matches: ["had only ⟦185 positive cases⟧, of", "within ⟦48 hours⟧ of", "⟦12,000 people⟧", "⟦1.2 million residents⟧ were"],
              nonMatches: ["COVID-19 cases", "Tianyuan 9"]),
        .init("number-money", .number, "An amount of money: “$4.5 million”, “€200”",
              #"(?:^|[^\p{L}\p{N}.,$€£¥-])(?<span>(?i:\#(comparators))?(?:US|HK)?[$€£¥]\s?\#(figure)(?:\s+(?i:\#(scales)))?)(?![\p{L}\p{N}]|[.,]\p{N})"#,
              matches: ["a fine of ⟦$4.5 million⟧.", "paid ⟦more than €200⟧ each", "⟦US$1,200⟧ a month"],
              nonMatches: ["$HOME"]),
        .init("number-scaled", .number, "A figure in millions or billions: “3 million”",
              #"(?:^|[^\p{L}\p{N}.,-])(?<span>(?i:\#(comparators))?\#(figure)\s+(?i:\#(scales)))\b"#,
              matches: ["a city of ⟦about 4 million⟧.", "⟦2.5 billion⟧ in loans"],
              nonMatches: ["3 millimetres"]),
        .init("number-written", .number, "A written-out count with its unit: “three days”",
              #"(?i:\b(?:\#(writtenNumbers))(?:\s+(?:\#(unitAdjectives))){0,2}\s+(?:\#(units)))\b"#,
              matches: ["after ⟦three days⟧ of protests", "⟦Hundreds of people⟧ gathered"],
              nonMatches: ["only one of them"]),
        .init("number-zh", .number, "A Chinese count with its measure word: 三天, 48小时, 1200户, 3.2万人, 2亿元",
              #"(?:超过|逾|近|约|不到|至少|多达)?(?:[0-9]+(?:\.[0-9]+)?(?:[百千]?[万亿]+|[百千])?|[二三四五六七八九十两][一二三四五六七八九十百千万亿]*|一[一二三四五六七八九十百千万亿]+)(?:多|余)?(?:\#(zhUnits))"#,
              matches: ["持续⟦三天⟧", "⟦48小时⟧内", "共⟦1200户⟧居民", "共有⟦3.2万人⟧被转移", "损失⟦2亿元⟧", "降雨量⟦331毫米⟧", "⟦1.5亿人⟧口"],
              nonMatches: ["一位居民说"]).inChineseTextOnly(),
        .init("number-zh-percent", .number, "A Chinese share: 85%, 百分之八十五",
              #"(?:超过|逾|近|约|不到|至少)?(?:[0-9]+(?:\.[0-9]+)?[%％]|百分之[零一二三四五六七八九十百点]+)"#,
              matches: ["⟦超过85%⟧的居民", "⟦百分之八十五⟧"],
              nonMatches: ["八十五个"]),
        .init("number-bare", .number, "Any other figure: “185”, “3.5”, “12,000”",
              #"(?:^|[^\p{L}\p{N}.,/:-])(?<span>[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+(?:\.[0-9]+)?)(?![\p{L}\p{N}%-]|[.,:/]\p{N})"#,
              matches: ["a total of ⟦185⟧."],
              nonMatches: ["COVID-19", "v2"]),
    ]

    // MARK: Locations — places the registry knows, and phrases shaped like place names.

    /// Words after a place name that make it the name of a body or an outlet, not a location:
    /// “the Lanzhou city government”, “the Lanzhou Daily”, 兰州市人民政府 (also after a shorter
    /// alias, 兰州 before 市人民政府), 《兰州晨报》.
    static let notALocation = #"’s|'s|\s+(?:city\s+)?(?:government|officials|authorities|police)|\s+(?:Daily|Times|Post|Evening|Morning|News|Television|TV)\b|[市省区县]?(?:人民政府|政府|市委|官方|卫健委|居委会|委员会|办事处)|\p{sc=Han}{0,4}局|[市省]?(?:晨报|日报|晚报|商报|新闻网|电视台)"#

    static let locations: [SuggestionPattern] = [
        .init("location-area-in-place", .location, "An unnamed area in a known place: “another subdivision in Lanzhou”",
              #"(?i:\b(?:another|a|an|the|one|other)\s+(?:sub-?divisions?|sub-?districts?|residential (?:areas?|communit(?:y|ies)|compounds?)|communit(?:y|ies)|neighbou?rhoods?|compounds?|villages?|districts?)\s+in)\s+(?<place>{places})(?![\p{Latin}\p{N}])"#,
              matches: ["residents of ⟦another subdivision in Lanzhou⟧ rushing"],
              nonMatches: ["another subdivision nearby"]),
        .init("location-registry", .location, "A name or alias from places.yaml",
              #"(?:^|[^\p{Latin}\p{N}])(?<span>(?<place>{places}))(?![\p{Latin}\p{N}]|\#(notALocation))"#,
              matches: ["protests at ⟦Jiuzhou Central Park⟧ in Lanzhou", "住在⟦兰州市⟧的居民", "官方在⟦兰州⟧召开新闻发布会。",
                        "⟦兰州市⟧每日报告新增病例"],
              nonMatches: ["the Lanzhou city government has", "China’s National Memorial week", "Lanzhouese",
                           "the Lanzhou Daily reported", "兰州市人民政府表示", "《兰州晨报》报道"]),
        .init("location-place-like", .location, "A capitalized name ending like a place: “… Park”, “… Community”",
              #"(?:^|[^\p{L}\p{N}])(?<span>(?<place>(?!(?:The|A|An|In|At|On|Of|From|To|And|But|Then|After|During|Near|Outside|Inside|By|For|With|Across|Around|Along|Within|When|While|Where|As|Since|Also|Meanwhile|However|Yesterday|Today|Tonight|Tomorrow|Later|Earlier|Now|This|That|Last|Some|Many|Several)\s)(?:\p{Lu}[\p{L}\p{N}’'-]*\s+){1,4}(?:Park|Community|Garden|Gardens|City|Province|District|County|Square|Street|Road|Avenue|Village|Town|Township|Estate|Compound)))\b"#,
              matches: ["gathered at ⟦Riverside Park⟧ on", "In ⟦Dongfang Garden⟧, residents", "Yesterday ⟦Chaoyang District⟧ said",
                        "Meanwhile ⟦Wall Street⟧ fell"],
              nonMatches: ["In the park", "the city council"]),
        .init("location-zh-place-like", .location, "A Chinese name ending like a place: …小区, …公园, …省, …市",
              #"(?<place>(?![在于到从向的了和与及是为把被对将也都就还说称要让给由自来去出入进里内外下前后个名位等这那其他座该本此每各一])\p{sc=Han}(?:(?![在于到从向的了和与及是为把被对将也都就还说称要让给由自来去出入进这那其他该本此每各])\p{sc=Han}){1,5}?(?:小区|公园|社区|花园|广场|街道|省|市|区|县|镇|村))(?!\#(notALocation)|民|场|长)"#,
              matches: ["居民在⟦青禾小区⟧门口", "⟦云岚省⟧卫健部门", "大家回家。⟦青禾小区⟧门口有人。", "居民在⟦中山公园⟧聚集。",
                        "来自⟦上海市⟧的居民"],
              nonMatches: ["他们去超市买菜", "这座城市", "其他城市", "青禾社区居委会发布通知", "青禾市园林局", "车辆移出园区",
                           "来自青禾、云岚两地"]).inChineseTextOnly(),
    ]

    // MARK: Speakers — how `SpeakerFinder` tells who said a quote.

    /// Verbs that introduce a quotation, in the sentence before or after it.
    static let speechVerbs = ["said", "says", "say", "shouted", "shouts", "shouting", "yelled", "yelling", "cried",
                              "chanted", "chanting", "asked", "told", "wrote", "heard", "added", "replied",
                              "说", "说道", "称", "表示", "喊", "喊道", "大喊", "问", "回应", "写道", "指出"]
    /// Words a speaker phrase does not start with (“Then the residents shouted”) or end with (“a voice is heard”).
    static let speakerLeadWords: Set<String> = ["then", "and", "but", "so", "also", "later", "finally", "again"]
    static let speakerTrailWords: Set<String> = ["is", "was", "were", "are", "be", "been", "being", "can", "could",
                                                 "then", "also", "again", "loudly", "angrily"]
    /// Prepositions that open a scene-setting phrase before the speaker (“In the video a voice is heard”).
    static let scenePrepositions: Set<String> = ["in", "on", "at", "after", "during", "along", "with", "from", "inside", "outside"]
    static let determiners: Set<String> = ["a", "an", "the", "some", "many", "several", "his", "her", "their", "one", "another"]
    /// Chinese: where a speaker phrase stops before the verb (一位居民⟦对记者⟧说).
    static let zhSpeakerCuts = ["对", "向", "跟", "在"]
}

extension SuggestionPatterns {
    /// Kinds whose candidates are dropped inside a candidate of another kind: a number inside a
    /// date or a place name is part of it (“September 9”, “Tianyuan 9”).
    static let partOf: [ClaimKind: Set<ClaimKind>] = [.number: [.date, .location]]
    /// What may stand between a place and the known place that contains it for the second to be
    /// dropped as a mere qualifier (“Jiuzhou Central Park in Lanzhou”).
    static let placeQualifiers: Set<String> = [" in ", ", ", "，", " of "]
}

extension SuggestionPatterns {
    /// The registry the patterns' examples run with, so that `{places}` and `{sources}` have names
    /// to find.
    public static let exampleRegistry: Registry = {
        var decoder = RegistryDecoder(path: "examples")
        let sources = (try? YAMLParser.parse(Array("""
            sources:
              - {id: sound-of-hope, name: Sound of Hope, aliases: [希望之声]}
              - {id: the-paper, name: The Paper, aliases: [澎湃新闻]}
              - {id: qinghe-committee, name: 青禾社区居委会}
            """.utf8))).flatMap { $0 }.map { decoder.decodeSources($0) } ?? []
        let places = (try? YAMLParser.parse(Array("""
            places:
              - {id: lanzhou, name: Lanzhou, aliases: [兰州, 兰州市, Lanzhou city]}
              - {id: jiuzhou-central-park, name: Jiuzhou Central Park, within: lanzhou}
              - {id: china, name: China}
            """.utf8))).flatMap { $0 }.map { decoder.decodePlaces($0) } ?? []
        return Registry(sources: sources, places: places)
    }()
}
