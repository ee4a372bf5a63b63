"""Every rule of feedpipe.rules, with lines it must remove and similar story lines it must keep.

Line rules are checked the way the engine applies them (first rule in table order whose
width limit allows the line); span rules by what they cut and what they leave.  Lines
whose fate depends on their neighbours (list entries, repeats, labels and their values)
are covered in test_clean.py.
"""

from __future__ import annotations

import pytest

from feedpipe import rules as R
from feedpipe.cleaner import _rules_for, cut_spans
from feedpipe.text import clean_line, display_width


def first_rule(line: str, lang: str) -> str | None:
    """The name of the line rule the engine applies to `line`, or None."""
    rules = _rules_for(lang)
    text = clean_line(line)
    rule = rules.line_rule(text, display_width(text), rules.needles_in(text))
    return rule.name if rule else None


# rule name -> language -> (lines it removes, similar story lines it keeps)
LINE_CASES: dict[str, list[tuple[str, list[str], list[str]]]] = {
    "notice": [
        (
            "ja",
            ["※この記事は京都新聞の記事を転載しています。", "この記事は週刊誌の記事を再構成したものです。"],
            ["この記事は多くの読者から反響を呼んだ。", "記事は転載された後、削除された。"],
        ),
        (
            "ko",
            [
                "※ 이 기사는 AI를 활용해 작성됐습니다.",
                "<본 기사는 보도자료를 바탕으로 작성되었습니다>",
                "※ 본 기사는 예시일보 지면에도 실렸습니다.",
                "이 기사의 카테고리는 언론사의 분류를 따릅니다.",
                "※ 외부 필자의 원고는 본지의 편집 방향과 다를 수 있습니다.",
            ],
            [
                "이 기사는 지난달 온라인에 게재된 뒤 큰 반향을 일으켰다.",
                "이 글은 그가 남긴 마지막 원고였다.",
                "“이 기사는 사실과 다릅니다”라고 그는 반박했다.",
            ],
        ),
    ],
    "copyright": [
        ("ko", ["출처 : 연합인포맥스(https://news.einfomax.co.kr)"], ["출처: 통계청 자료"]),
        (
            "ko",
            ["[출처] 대한민국 정책브리핑(www.korea.kr)", "출처 : 이뉴스투데이"],
            ["출처: 한국은행 경제통계시스템", "[출처] 통계청 인구동향조사"],
        ),
        (
            "ko",
            [
                "이 콘텐츠의 저작권은 저작권자 또는 제공처에 있으며, 이를 무단 이용하는 경우 저작권법 등에 따라 법적 책임을 질 수 있습니다."
            ],
            ["이 콘텐츠의 저작권을 두고 소송이 이어지고 있다."],
        ),
        (
            "ko",
            [
                "인벤 게임 뉴스의 모든 콘텐츠(기사)는 저작권법의 보호를 받은 바, 무단 전재, 복사, 배포 등을 금합니다."
            ],
            ["저작권법 개정안은 국회 상임위를 통과했다."],
        ),
        (
            "en",
            ["Copyright © 2025, Los Angeles Times | Terms of Service | Privacy Policy"],
            ["Copyright law protects the work, the court said."],
        ),
        (
            "en",
            [
                "© 2025 Condé Nast. All rights reserved. Use of and/or registration on any portion of this site constitutes acceptance of our User Agreement and Privacy Policy and Cookie Statement and Ars Technica Addendum and Your California Privacy Rights. Ars Technica may earn compensation on sales from links on this site."
            ],
            [],
        ),
        (
            "ja",
            [
                "本サービスに掲載の記事・写真等の無断複製・転載を禁じます。",
                "Nikkei Inc. No reproduction without permission.",
            ],
            ["無断転載をめぐる訴訟で、同社は和解に応じた。"],
        ),
        (
            "en",
            [
                "This material may not be published, broadcast, rewritten, or redistributed. ©2025 FOX News Network, LLC."
            ],
            ["This material may not be enough to win the case, the lawyer said."],
        ),
        (
            "ko",
            [
                "Copyright © 서울경제. 무단전재 및 재배포 금지.",
                "<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>",
                "<저작권자 © 게임뷰, 무단 전재 및 재배포 금지>",
                "ⓒ 한겨레신문사 : 무단전재 및 재배포 금지",
                "무단전재 및 재배포 금지",
                "Copyright © '인공지능 전문미디어' AI타임스 (http://www.aitimes.com)",
            ],
            [
                "저작권법상 무단 전재는 금지돼 있다고 법원은 판단했다.",
                "저작권자 단체는 AI 학습에 반대한다는 성명을 냈다.",
                "ⓒ 표시가 없는 사진도 저작권 보호를 받는다.",
                "그는 저작권 침해 소송에서 승소했다고 밝혔다.",
            ],
        ),
        (
            "en",
            [
                "© 2024 The Associated Press. All rights reserved.",
                "Copyright 2023 Reuters",
                "（C）朝日新聞社",
                "Copyright © 2024 Example Media Group",
            ],
            [
                "The copyright case was heard in a federal court on Tuesday.",
                "Copyright law protects the work, the judge said.",
                "Copyright infringement claims rose 10% last year.",
            ],
        ),
        (
            "ja",
            ["無断転載禁止", "Copyright © The Asahi Shimbun Company. All rights reserved."],
            ["著作権法の改正案が国会で成立した。"],
        ),
    ],
    "email": [
        (
            "en",
            ["Email dcatanese@usnews.com.", "Contact the author at jane@example.com"],
            ["Email is the main channel, she said at jane@x.com."],
        ),
        ("ko", ["/narae@osen.co.kr"], ["문의는 narae@osen.co.kr 로 하면 된다고 밝혔다."]),
        (
            "ko",
            ["ydj@aitimes.com", "(gildong@yna.co.kr)"],
            ["문의는 이메일(help@example.com)로 받는다고 회사는 밝혔다."],
        ),
    ],
    "url": [
        ("en", ["[1] https://avclub.com/", "12. https://example.com/a"], ["1. Visit the site often."]),
        (
            "en",
            ["https://www.example.com/news/123", "www.cbc.ca"],
            ["Details are posted at www.example.org for anyone who wants them."],
        ),
    ],
    "byline": [
        (
            "en",
            ["Jane Doe covers local government for the Example Times. Reach her at jdoe@example.com."],
            ["Jane Doe covers the cost. Reach her at the office."],
        ),
        ("ja", ["（AERA dot.編集部・上田耕司）"], ["（編集部の判断で一部を省略した）"]),
        ("ja", ["記事執筆：Hisumi", "取材・文：山田太郎"], ["記事の執筆には三か月かかったという。"]),
        (
            "ko",
            ["[텐아시아=김세아 기자]", "(엑스포츠뉴스 김예나 기자)"],
            ["[김상철/양식 어민]", "(김예나 기자는 현장에 있었다)"],
        ),
        (
            "en",
            [
                "Staff Writer",
                "Photo of Kellen Marsh",
                "Kellen is a staff writer at Ars Technica covering energy storage and materials science.",
            ],
            [
                "Smith is a reporter who broke the story in 2019, the court heard.",
                "Writers went on strike in May.",
            ],
        ),
        ("en", ["By Mark Delaney | Fox News"], ["By Monday | the deadline had passed."]),
        ("ja", ["田中 美咲 たなか みさき 東洋経済 記者"], ["田中記者は現場で取材を続けた。"]),
        ("ja", ["物流・運輸業界を担当。2016年東洋経済新報社入社。"], ["同氏は物流業界を担当していた。"]),
        (
            "ko",
            [
                "박소현 기자 | 입력: 2025/06/02 09:40 수정: 2025/06/02 10:12",
                "◎공감언론 뉴시스 kimhw@newsis.com",
                "CBS노컷뉴스 김수현 기자",
            ],
            [
                "박소현 기자는 입력 장치를 바꾼 뒤 오류가 줄었다고 전했다.",
                "문의는 help@example.com 으로 하면 된다고 밝혔다.",
            ],
        ),
        (
            "en",
            ["Write to Al Root at allen.root@dowjones.com"],
            ["Write to your senator at once, the group urged."],
        ),
        (
            "en",
            [
                "Jane Roe Energy correspondent",
                "John Smith, Staff Writer",
                "Emily Carter covers transportation for The Times. Daniel Ruiz is a reporter on the Metro desk.",
                "Jane Roe writes about technology for The Washington Post.",
                "Kim Lee is a White House correspondent.",
                "Mark Delaney is a reporter for Fox News Digital. Story tips can be sent to mark.delaney@fox.com.",
                "Maria Delgado covers climate and the environment for the Los Angeles Times. She joined The Times in 2021 from the Sacramento Bee.",
            ],
            [
                "Prime Minister Keir Starmer told the editor",
                "Jane Doe covers the cost of the repairs.",
                "Maria Lopez is a reporter. She was arrested on Monday while covering the protest.",
                "Smith is a reporter who broke the story in 2019, the court heard.",
            ],
        ),
        (
            "ko",
            [
                "임대준 기자 ydj@aitimes.com",
                "정재우기자 (jjw@kbs.co.kr)",
                "김주현 기자 naro@",
                "임대준 기자",
                "기자명 임대준 기자 입력 2025.06.17 19:05 수정 2025.06.18 05:57 댓글 0 좋아요 1",
            ],
            ["보도에 김민지 기자입니다.", "이현진 기자의 보도입니다.", "김 기자는 현장에서 취재를 이어갔다."],
        ),
        (
            "en",
            [
                "Ben Blanchard ben.blanchard@thomsonreuters.com",
                "By Jane Doe and John Roe",
                "by Jeff Foust Monday, November 18, 2019",
            ],
            ["By the end of June the report is due.", "By Monday, November 18, 2019, the team had left."],
        ),
        ("ja", ["（経済部 山田太郎）", "(共同)"], ["（中略）の後、議論は続いた。"]),
    ],
    "sign-off": [
        ("ko", ["SBS Biz 엄하은입니다."], []),
        (
            "ko",
            [
                "KBS 뉴스 김민지입니다.",
                "뉴욕에서 KBS 뉴스 박일중입니다.",
                "TBS 문숙희입니다.",
                "MBC뉴스 홍길동입니다",
            ],
            ["그는 홍길동입니다.", "뉴욕에서 박일중 특파원입니다."],
        ),
    ],
    "credit": [
        (
            "ko",
            ["(영상취재 : 김민 / 영상편집 : 이지혜 / 영상디자인 : 조영익)"],
            ["(영상 취재 과정에서 부상자가 나왔다고 방송사는 밝혔다.)"],
        ),
        (
            "ko",
            ["촬영기자:김용삼", "영상편집:이인영/촬영:서대영/자료조사:최유나 서호정"],
            ["촬영 현장에는 100여 명이 몰렸다.", "글: 김영하 소설가의 신작이 출간됐다."],
        ),
    ],
    "cue": [
        ("ko", ["◀ 앵커 ▶", "◀ INT ▶", "<리포트>"], ["◀ 이전 기사에서 다룬 내용입니다."]),
        (
            "ko",
            ["[앵커]", "[리포트]", "【 앵커멘트 】", "【 기자 】"],
            ['[이영래/부동산리서치 대표 : "월세 수요가 많습니다."]'],
        ),
    ],
    "wire-credit": [
        (
            "en",
            ["(With inputs from agencies)", "Provided by The Conversation"],
            ["Provided by the city, the funds will cover repairs."],
        ),
        (
            "en",
            ["--With assistance from Ana Monteiro."],
            ["With assistance from volunteers, the town rebuilt the bridge."],
        ),
        (
            "en",
            [
                "CNN’s David Goldman contributed to this report.",
                "A version of this article appears in print on May 30, 2024, Section A, Page 1 of the New York edition.",
            ],
            ["Her research contributed to the drop in prices, the report said."],
        ),
        (
            "en",
            ["Keith Bradsher contributed reporting from Hong Kong.", "Jane Roe contributed research."],
            ["Volunteers contributed reporting tools and money to the newsroom, she said."],
        ),
        (
            "en",
            [
                "This article was originally published on The Conversation.",
                "Follow AP's coverage at https://apnews.com/hub/wildfires",
            ],
            [
                "This article was cited by the court as evidence of the company's intent.",
                "This story was first published in 1998 and became a classic.",
            ],
        ),
        (
            "en",
            [
                "(Reporting by Ben Blanchard; Editing by Himani Sarkar and Saad Sayeed)",
                "Reporting by Rodrigo Campos; additional reporting by Stephanie Kelly",
                "Reporting by David Shepardson in Washington",
                "Associated Press writer Jane Roe in Sacramento contributed to this report.",
            ],
            [
                "Investors contributed $5 million to the fund, the company said.",
                "Reporting by the Guardian found the agency had ignored warnings.",
                "Editing by hand took the team weeks.",
            ],
        ),
    ],
    "dateline-header": [
        (
            "en",
            ["Posted at 1:19 PM, May 12, 2024", "and last updated 6:19 PM, May 12, 2024"],
            ["Posted at the border since May 12, 2024, he said."],
        ),
        ("en", ["1H ago", "32 mins ago"], ["12:51 p.m.", "32 mins ago, the alarm went off."]),
        (
            "en",
            ["2012-05-14T18:15:00+0900", "2024-03-01 09:12:33"],
            ["2024-03-01 09:12 was when the alarm went off."],
        ),
        ("ko", ["1시간전", "3일 전"], ["3일 전 발표된 자료에 따르면 수출이 늘었다."]),
        (
            "en",
            ["April 13, 2021 / 7:07 AM / CBS News", "First published on April 13, 2021 / 4:53 AM"],
            ["April 13, 2021 / The day the plan was announced, protests began."],
        ),
        ("ko", ["2025.03.12 | 19:42"], ["2025.03.12에 발표됐다."]),
        ("en", ["Wed 12 Mar 2025 // 14:27 UTC"], ["Wed 12 Mar 2025 was the last day of the sale."]),
        (
            "en",
            ["July 9, 2025 5 AM PT", "Posted: Mar 11, 2025 / 04:52 PM EDT"],
            ["July 9, 2025 5 AM PT was when the fire began."],
        ),
        ("ko", ["게재 일자 : 2025년 07월 29일(火)"], ["게재 일자가 바뀌었다고 밝혔다."]),
        (
            "en",
            ["Mar 26, 2025 - Technology", "8:00 AM PDT · June 3, 2025"],
            ["Mar 26, 2025 - the day the deal closed."],
        ),
        ("ja", ["2025年4月3日 05時05分 (4月3日 05時06分更新)"], ["2025年4月3日に式典が開かれた。"]),
        ("en", ["06/10/2025 06:42 PM EDT"], ["06/10/2025 was the date of the vote."]),
        (
            "en",
            ["Posted 9h ago9 hours ago, updated 6h ago6 hours ago"],
            ["Posted 9h ago, the video has 2 million views."],
        ),
        ("ko", ["발행일 : 2025-04-22 16:00", "지면 : 2025-04-23 3면"], ["발행일이 2025년 4월로 미뤄졌다."]),
        ("ja", ["2025年6月11日 18:05 (2025年6月12日 5:00更新)"], ["2025年6月11日 18:05に地震が発生した。"]),
        ("en", ["14:22 March 05, 2025"], ["14:22 March 05, 2025 was the time of the first alarm."]),
        (
            "en",
            [
                "Published May 29, 2024 Updated May 30, 2024, 9:14 a.m. ET",
                "Updated 4:05 PM EDT, Wed May 29, 2024",
                "May 29, 2024 11:05 AM GMT+9Updated 2 hours ago",
                "May 29, 2024 | 3 min read",
            ],
            [
                "Updated figures for May 29, 2024 showed a rise in prices.",
                # A timeline's entries.
                "Jan. 6, 2021 — Rioters storm the Capitol",
                "March 3, 2024: The day everything changed",
            ],
        ),
        ("ja", ["毎日新聞 2024/5/29 東京朝刊"], ["毎日新聞は2024年5月29日の朝刊でこれを報じた。"]),
        ("en", ["Wed 19 Jun 2024 18.02 BST"], ["Wed 19 Jun 2024 was the hottest day of the year."]),
        ("ja", ["最終更新: 2025年1月24日 15時02分"], ["最終更新日が2025年1月24日だったことが分かった。"]),
        (
            "ko",
            [
                "입력 2024.05.29 11:00",
                "송고 2026년04월20일 12시00분",
                "입력 2023.07.28 (19:11)수정 2023.07.28 (19:23)사회",
                "기사입력 :[ 2018-08-25 15:24 ]",
            ],
            ["입력 장치를 바꾼 뒤 오류가 줄었다."],
        ),
        (
            "en",
            ["Published April 03, 2023", "Updated 4:05 PM PDT, April 3, 2024", "April 3, 2024"],
            ["Updated figures for April 3, 2024 showed a sharp rise in prices."],
        ),
        ("ja", ["2025年1月24日 14時30分", "配信 2025年1月24日"], ["2025年1月24日に日銀は利上げを決めた。"]),
        (
            "en",
            ["Updated at 1:23 p.m.", "Posted 9:05 AM ET"],
            ["Updated at 1:23 p.m., the forecast called for snow."],
        ),
        (
            "en",
            ["November 20, 2019 - 11:28 AMT", "May 29, 2024, 9:14 a.m. ET"],
            ["May 29, 2024, 9:14 a.m. ET was when the first shot was fired."],
        ),
    ],
    "photo-credit": [
        (
            "en",
            ["Photo by: Smokey Barn News", "Image courtesy of NASA"],
            ["Photo by photo, the exhibition shows the city's past."],
        ),
        ("ko", [], ["사진전 개최", "사진작가 김철수", "제공 범위 확대"]),
        ("en", ["imaginima/iStock via Getty Images"], ["He said via Getty Images it was fine."]),
        ("en", ["(coffeekai/Canva)"], ["(and/or)", "(2/3)"]),
        (
            "en",
            ["Jonathan P. Blair Submitted photo", "Image via Getty Images"],
            ["Photo via the agency was released on Monday."],
        ),
        (
            "ko",
            ["photo 게티이미지", "제공 | 전북 현대", "사진 | 연합뉴스"],
            ["사진 속 인물은 김씨다.", "제공된 자료는 없다"],
        ),
        (
            "en",
            ["Credit: WhiteHaven/Shutterstock.com View full size image"],
            ["Credit: the council. Then the mayor spoke."],
        ),
        ("ja", ["Photo By スポニチ"], ["写真家の個展が開かれた。"]),
        ("ja", ["写真はイメージです　Photo:PIXTA"], ["写真展は来月まで開かれる。"]),
        ("ko", ["[사진] tvN 제공", "배우 한서윤 / OSEN DB"], ["tvN이 제공한 자료에 따르면 시청률이 올랐다."]),
        ("en", ["Scott Olson | Getty Images"], ["Scott Olson said the photos were taken in May."]),
        ("ja", ["出典：ちいきPay推進協議会"], ["出典を明記しない引用が問題になった。"]),
        (
            "en",
            ["Joe Raedle/Getty Images", "Erin Caldwell/NPR", "Credit: Moreau et al."],
            ["Simon/Schuster merger talks ended."],
        ),
        (
            "en",
            ["Getty Images", "Shutterstock / Jane Doe"],
            ["Getty Images said on Monday that it would cut jobs."],
        ),
        (
            "ko",
            ["(사진=어도비)", "[사진 출처 : 연합뉴스]", "(사진=관세청 제공, 연합뉴스)", "[게티이미지]"],
            ["사진을 찍던 관광객들이 발길을 멈췄다."],
        ),
        (
            "en",
            [
                "(Photo by Jane Doe/Getty Images)",
                "(Photo credit: TSMC)",
                "Source: CNN",
                "Image Source: Zacks Investment Research",
                "(AP Photo/Ringo H.W. Chiu)",
                "Smoke billows from the substation Image source, EPA",
            ],
            [
                "Photo booths were set up at the entrance, organizers said.",
                "Source: a person familiar with the talks.",
            ],
        ),
        ("ja", ["（写真：ロイター）"], ["写真展は来月まで開かれる。"]),
    ],
    "caption": [
        (
            "ja",
            ["京都市役所（資料写真）", "新駅の完成予想図（市提供）"],
            ["市は写真の提供を求めた（13日）", "提供された資料（PDF）は公開された"],
        ),
        (
            "en",
            [
                "Credit: Karl Tate, SPACE.com View full size image The planet Mars is the fourth planet from the sun.",
                "Kevin C. Downs/for New York Daily News Rene seeks unspecified monetary damages for his injuries.",
            ],
            [
                "Mary Smith/for the record, she said.",
                "Credit: the council gave the plan full support, the mayor said.",
            ],
        ),
        ("ko", [], ["▲청년 일자리 지원 [고용노동부]"]),
        (
            "en",
            ["Jose Mourinho is expecting to be at Fenerbahce next season. Ahmad Mora/Getty Images"],
            ["The deal was signed in Paris. Shares rose 3% on the AP/NORC poll."],
        ),
        (
            "ja",
            [
                "１０日のソフトバンク戦で７回、判定を巡ったリプレー検証後に抗議する藤川監督（右）＝撮影・西田忠信\u3000"
            ],
            ["撮影・西田忠信さんは「いい写真が撮れた」と話した。"],
        ),
        (
            "ko",
            ["▲도시농업 페스티벌이 열리는 청주시 농업기술센터옆 유채꽃밭.[KPI뉴스]"],
            ["▲기본 배달료 인상"],
        ),
        (
            "en",
            [
                "The unit three reactor building at the plant in Okuma, Japan, February 3, 2020.KAZUHIRO NOGI/AFP/Getty"
            ],
            ["GRANTS/DONATIONS", "The poll was conducted by AP/NORC"],
        ),
        (
            "ja",
            ["ボルノ州マイドゥグリで、自爆攻撃の現場を調べる兵士ら（2015年6月16日撮影）。(c)AFP/STRINGER"],
            [
                "政府はボコ・ハラムが劣勢にあると繰り返し主張しているが、あるアナリストは「ボコ・ハラムは"
                "ナイジェリア北東部で大量の死傷者を出す攻撃を行う意図と作戦能力を維持している」と指摘している。"
                "(c)AFP/Aminu ABUBAKAR"
            ],
        ),
        (
            "ko",
            [
                "▲ 라이트하우스랩 박태오 대표(좌), 정하은 아트 디렉터(우)",
                "▲ 밤이 되면 안개와 함께 괴물이 몰려온다",
                "서울 종로구에서 자율주행 심야버스가 시범 운행을 하고 있다. 2025.03.12 jisoo@newspim.com",
            ],
            ["▲기본 배달료 인상", "▲ 1차 접수: 3월 5일부터 10일까지"],
        ),
        (
            "ja",
            ["北浜市の指定ごみ袋（画像は市の公式サイトより）"],
            ["画像は市の公式サイトで公開されている。"],
        ),
        (
            "en",
            ["A customer support team at work in an open-plan office. getty"],
            ["The photo agency is Getty."],
        ),
        (
            "ko",
            [
                "12일 오전 서울 동대문구 경동시장이 장을 보러 나온 시민들로 붐비고 있다. /조하은 기자",
                "▲서울 송파구 일대 아파트 단지 모습. (연합뉴스)",
                "한화 선발투수 강태윤이 역투하고 있다. 대전=최문석 기자 msc@sportschosun.com/2025.07.18/",
                "경기 후 인터뷰하는 강태윤. 사진제공=한화 이글스",
            ],
            ["사진 제공을 거부한 구단은 없었다고 밝혔다."],
        ),
        (
            "en",
            ["Owen Tally and June Okada in “The Long Quiet.” Courtesy of Sundance Institute"],
            ["The fireworks were courtesy of the city."],
        ),
        (
            "ja",
            ["映画の完成披露試写会に登壇した結城さくら（C）ORICON NewS inc."],
            ["（C）表記の扱いが議論になった。"],
        ),
        (
            "ko",
            [
                "지난 8일 경기 용인시 기흥휴게소 푸드코트에서 이용객들이 음식을 주문하고 있다. 뉴시스",
                "▲ 충북 덕산군 상촌면 작은도서관 출입문에 운영 중단을 알리는 안내문이 붙어 있다.",
            ],
            ["▲기본 배달료 인상 ▲산재보험 적용 확대 등을 요구하고 있다."],
        ),
        (
            "ja",
            ["小玉傾向となっている新タマネギを手に取る生産者の男性＝南あわじ市八木（撮影・西川嘉一）"],
            ["撮影は昨年行われた。"],
        ),
        (
            "en",
            ["Image: Water levels at Ardingly reservoir have fallen to 54% of capacity. Pic: PA"],
            ["Pic: the best of the week."],
        ),
        (
            "en",
            [
                "Bruised mangoes lie on the ground at a Katherine orchard on Monday. (ABC Rural: Tamsin Rowe)",
                "The pier at dusk last autumn (PA Archive)",
            ],
            ["He joined the bank in 2019 (Credit Suisse)."],
        ),
        (
            "ko",
            ["정부세종청사 과학기술정보통신부 전경. 〈전자신문DB〉"],
            ["전자신문DB를 분석한 결과 매출이 늘었다."],
        ),
        (
            "ko",
            ["지난 14일 전북 완주군 마을 돌봄학교에서 아이들이 목공 수업을 하고 있다. 김지원 기자"],
            ["김지원 기자는 현장에서 아이들이 목공 수업을 하고 있다고 전했다."],
        ),
        (
            "ja",
            ["記者会見する東海みらい銀行の杉浦康弘頭取（中央）ら（11日、名古屋市）"],
            ["会見は11日、名古屋市で開かれた。"],
        ),
        (
            "en",
            ["The back cover comes off with a single screw. Image: Pebblebay"],
            ["Image: the word of the year."],
        ),
        (
            "en",
            ["Commuters wait for buses near Seoul Station on March 5, 2025. (Yonhap)"],
            ["Why the program is promising. (More)", "He joined the agency in 2019 (KDI)."],
        ),
        ("ja", ["【写真】翌日配達エリアの縮小を示した地図"], ["写真展は来月まで開かれる。"]),
        (
            "ko",
            [
                "(진안=연합뉴스) 4일 전북 진안군 한 학교에서 첫 수업이 열리고 있다. 2025.3.4 [전북도교육청 제공. 재판매 및 DB 금지] photo@yna.co.kr"
            ],
            ["재판매 금지 조치가 내려졌다고 당국은 밝혔다."],
        ),
        (
            "en",
            [
                "Smoke rises over Lusaka, Zambia [File: Salim Dawood/AFP]",
                "Fans cheer in Denver on Tuesday. (Jeff Dean/Getty Images)",
            ],
            ["The ratio fell to 3/4 (Fed/Treasury)", "Write to your senator at once, the group urged."],
        ),
        (
            "ja",
            ["国土交通省が入る中央合同庁舎３号館＝東京・霞が関", "会談に臨む両首脳＝５日（聯合＝共同）"],
            ["米オープンＡＩ、ＡＩソフトのアプリストアを計画＝報道"],
        ),
        (
            "en",
            ["Traffic on Second Avenue in Manhattan on Tuesday. Credit...Jane Doe for The New York Times"],
            ["The bank extended credit to small firms, the report said."],
        ),
        (
            "ko",
            ["삼성전자 평택캠퍼스 전경. [사진 제공=삼성전자]"],
            ["사진 제공 업체가 늘었다고 협회는 밝혔다."],
        ),
        (
            "ko",
            [
                "25일 서울 시내의 한 부동산 중개업소 모습. 2024.05.25. photo@newsis.com",
                "서울 여의도 증권가의 모습.",
            ],
            ["시장의 모습이 크게 바뀌었다.", "달라진 한국 경제의 모습"],
        ),
        (
            "en",
            [
                "Solar panels on a roof in Kent. Photograph: Gareth Fuller/PA",
                "A man walks past a shop in Kyiv, Ukraine, May 2, 2024. REUTERS/Jane Doe",
                "Workers at the plant, May 2. REUTERS/Gleb Garanich/File Photo",
                "REUTERS/File Photo",
            ],
            [
                "The photo: a blurred image that went viral, officials said, was taken in 2019.",
                "Playoff picture: Raiders in pursuit",
                "The survey was conducted by AP/NORC",
                "The deal was reported first by CNBC/Reuters",
            ],
        ),
        ("ja", ["（写真は記者会見する植田総裁）", "（写真は東京都内）"], ["（中略）の後、総裁は会見した。"]),
        (
            "ko",
            [
                "자동 식별 기능을 통해 파악된 콘텐츠 노출 상황 (사진=어도비)",
                "'주식 리딩방' 가입을 권유하는 문자. 독자제공",
                "갤럭시S8 예상 이미지 © News1",
                "메튜 제일러 CEO가 인터뷰 하고 있다. /사진=정진우 기자",
            ],
            ["중기부, 스타트업에 사무 공간 제공", "정부는 피해 가구에 임시 주거를 제공했다."],
        ),
        (
            "ko",
            [
                "서울 여의도 증권가의 모습. /연합뉴스",
                "25일 서울 중구 시장의 모습. 2024.5.25/뉴스1 © News1 김민지 기자",
            ],
            ["서울과 부산/울산 지역에서 비가 내렸다."],
        ),
        (
            "en",
            [
                "Rescuers search the rubble in Kyiv, Ukraine, May 2, 2024. REUTERS/Jane Doe",
                "Image caption,",
                "Birdseye view of map showing the location of Heathrow airport.",
                "A firefighter sprays water on a burning home, Tuesday, April 2, 2024. (AP Photo/Ringo H.W. Chiu)",
            ],
            ["The map shows how far the fire spread, officials said."],
        ),
    ],
    "related-list": [
        (
            "en",
            ["[Trippy Tales: The History of 8 Hallucinogens]", "[Why the Moon Is Drifting Away From Earth]"],
            ["[Sound of gunfire]", "[This story has been updated with a statement from the mayor.]"],
        ),
        ("en", [], ["Watch: the moment the bridge collapsed"]),
        (
            "en",
            [
                "ALSO READ | With Ukraine war at critical junction, China takes bigger role",
                "WATCH | Naval drills raise concerns",
            ],
            ["Also read the fine print, the regulator warned."],
        ),
        (
            "ko",
            [
                "▲ '이혼 3년차' 유명 개그맨, 생방송 중 눈물 ▲ 걸그룹 출신 배우, 파격 드레스 ▲ 톱배우 매니저, 사생팬 피해 호소"
            ],
            ["주요 내용은 ▲기본 배달료 인상 ▲산재보험 적용 ▲배차 기준 공개 등이다."],
        ),
        (
            "en",
            ["Go deeper: Teens are turning to AI chatbots for companionship"],
            ["Go deeper into the woods, the guide said."],
        ),
        (
            "en",
            ["Related article Netflix raises prices in US and Canada"],
            ["Related charges were filed against two other men."],
        ),
        (
            "en",
            [
                "Related: Heathrow reopens after fire",
                "READ MORE: Why the grid failed",
                "Related post: Pickled Brussels Sprouts Recipe",
                "SEE MORE: Hong Kong protests: 800 students under siege",
                "More AP NBA: https://apnews.com/NBA",
            ],
            ["Related companies were also fined, the regulator said.", "See more: the full list is below."],
        ),
        (
            "ko",
            ["▶ 관련기사 : 전기요금 인상 논란", "관련기사: 한은 기준금리 동결"],
            ["관련 기사가 잇따라 보도됐다."],
        ),
        ("ja", ["【関連記事】日銀が利上げ決定"], ["関連記事を参照した。"]),
    ],
    "list-heading": [
        ("en", [], ["More in sorrow than in anger", "Latest in a string of setbacks"]),
        (
            "en",
            ["Latest in Cybersecurity", "More in Technology"],
            ["Latest in a string of breaches, the attack hit banks."],
        ),
        ("en", ["You May Like"], ["You may like the new design, the company said."]),
        ("ja", ["■関連リンク", "【関連記事】"], ["関連リンクの数は年々増えている。"]),
        ("ko", ["★관련기사", "▶ 추천기사", "■ 많이 본 뉴스"], ["관련기사는 없다"]),
        ("en", ["More to Read"], ["More to read: the full report, she said, is online."]),
        ("ko", ["더팩트 헤드라인"], ["헤드라인 뉴스가 바뀌었다고 전했다."]),
        ("en", ["Best of Variety"], ["Best of all, the tickets are free."]),
        (
            "en",
            ["More for You", "Read more from Sky News:"],
            ["More for you to read, she said, was the point."],
        ),
        ("ja", ["ランキング"], ["ランキング上位の店を訪ねた。"]),
        ("ko", ["노컷뉴스 랭킹 뉴스"], ["랭킹 1위에 올랐다고 밝혔다."]),
        ("ja", ["ビジネスの人気記事"], ["人気記事の書き手に話を聞いた。"]),
        (
            "ko",
            ["[관련기사]", "【이 시각 주요뉴스】", "<많이 본 뉴스>"],
            ["[관련기사 검색 결과는 없습니다.]"],
        ),
        (
            "ko",
            ["키워드 관련기사", "관련기사", "많이 본 뉴스", "Entermedia 주요뉴스"],
            ["관련 기사를 쓴 기자는 해고됐다."],
        ),
        ("en", ["Read more", "Most Read", "Related stories"], ["Read more books, the doctor advised."]),
        (
            "en",
            [
                "Most read in world news",
                "Popular on IndieWire",
                "More:",
                "You might also like",
                "Explore further",
                "Partner news",
            ],
            ["Most read books of the year were thrillers.", "More than 200 people attended."],
        ),
        ("ja", ["関連記事"], ["関連記事の削除を求めた。"]),
    ],
    "ai-summary": [
        ("ko", ["AI 핵심 요약beta"], ["핵심 요약은 다음과 같다."]),
        ("ko", ["AI 요약", "3줄 요약"], ["요약하면 정부 안은 세 가지다."]),
        ("en", ["Key points", "Summary"], ["Summary judgment was denied."]),
        ("ja", ["要約"], ["要約すると三つの論点がある。"]),
    ],
    "media": [
        (
            "ja",
            ["この記事の写真を見る（5枚）", "画像をすべて見る"],
            ["写真を見ると、当時の様子がよくわかる。"],
        ),
        ("ja", [], ["記念切手シート（3枚）"]),
        (
            "ja",
            [
                "【動画】製造業の4割「事業継続、半年以内で限界」 ホルムズ海峡の封鎖続けば原油代替調達率 来月は「100％」の見通し アメリカ産など確保 高市総理が夕方の中東情勢関係閣僚会議で表明へ"
            ],
            [],
        ),
        (
            "en",
            ["(3:29)", "Image 2 of 5", "Back to Gallery", "Caption", "Close"],
            ["Close to 200 people came.", "Image rights were sold.", "(3:29 was the winning time.)"],
        ),
        (
            "ja",
            [
                "【画像を見る】無期懲役を求刑された被告など（31枚）",
                "【動画】ケーキを押し付ける瞬間",
                "会見の様子（全12枚）",
            ],
            ["【解説】画像生成AIの規制はどうなるのか。", "写真の枚数は全部で12枚だった。"],
        ),
        ("en", ["watch now", "VIDEO03:12"], ["Watch now, the coach shouted."]),
        (
            "en",
            [
                "WATCH l Explaining the debate over the use of Alien Enemies Act:",
                "Duration 11:56",
                "2 months ago",
            ],
            ["Watch parties were held across the city.", "Watch the full interview:", "Watch closely:"],
        ),
        ("ko", ["재생", "동영상"], ["재생에너지 비중이 늘었다."]),
    ],
    "counter": [
        ("ko", ["182", "00:00", "01:55", "1"], ["2024년 1월"]),
        ("en", ["+2.14%", "-0.5%"], ["2.14% rise"]),
    ],
    "share-bar": [
        (
            "en",
            ["Share This Video", "Share this gallery"],
            ["Share this video with your friends, the campaign asks people."],
        ),
        (
            "en",
            ["Share Article via Email", "Share Article via LinkedIn"],
            ["Share prices fell via the close."],
        ),
        ("ko", ["페이스북", "URL 복사", "카카오톡", "공유하기"], ["페이스북은 이날 새 기능을 공개했다."]),
        (
            "ko",
            ["SNS 기사보내기", "SNS 기사보내기페이스북(으)로 기사보내기 트위터(으)로 기사보내기"],
            [
                "카카오톡 이용자가 4천만 명을 넘었다고 회사는 밝혔다.",
                "페이스북과 트위터, 카카오톡 등 SNS 공유 기능이 추가됐다.",
            ],
        ),
        ("en", ["Share", "Share this article", "Copy link"], ["Shares of the company fell 3%."]),
    ],
    "page-chrome": [
        ("ko", ["이 기사에 대해 어떻게 생각하시나요?"], ["이 기사에 대해 독자들은 어떻게 생각할까."]),
        (
            "ko",
            ["관련종목", "종목명 현재가 등락률", "예시엔터 12,300 +2.5%", "삼성전자 78,500원 ▲1.2%"],
            ["관련 종목이 일제히 올랐다.", "삼성전자 주가는 78,500원으로 1.2% 올랐다."],
        ),
        (
            "ko",
            [
                "글씨크기 조절하기",
                "번역 설정",
                "로그인하고 더 많은 뉴스를 보세요",
                "해당 언론사로 연결됩니다.",
            ],
            ["번역 설정을 바꾸자 오류가 사라졌다.", "로그인하고 더 많은 혜택을 받으라고 업체는 홍보했다."],
        ),
        (
            "ko",
            [
                "댓글 작성 시 타인에 대한 배려와 책임을 담아 깨끗한 댓글 환경에 동참해주세요.",
                "댓글은 로그인 후 작성할 수 있습니다.",
            ],
            ["댓글은 하루 만에 1만 개를 넘어섰다.", "“댓글 좀 그만 다세요”라며 그는 호소했습니다."],
        ),
        (
            "ko",
            [
                "var from = document.referrer;",
                "document.write(\"<iframe name='ifrnt' src='http://ad.example/x'></iframe>\");",
            ],
            [
                "var는 자바스크립트의 변수 선언 키워드다.",
                "document.write 함수는 오래된 방식이라고 그는 말했다.",
            ],
        ),
        ("en", ["Open Extended Reactions"], ["Extended reactions were open to all, the club said."]),
        (
            "en",
            [
                "Toggle main menu",
                "Switch site",
                "Liked by 6 people",
                "Show all 8 comments",
                "Click here!",
                "Listen to this article -  0:00",
                "Youtube 232K Followers",
                "Instagram New",
            ],
            [
                "New",
                "Click here to read the full report, the agency said.",
                "Switch sites often, experts advise.",
            ],
        ),
        ("en", ["Promoted", "Paid Content"], ["Promoted to captain, she led the team."]),
        (
            "en",
            ["Read full bio", "Managing Director and Chief Editor : Mahbub Morshed"],
            ["Editor: the mayor's office declined to comment on the case today."],
        ),
        (
            "ko",
            [
                "본문 내용",
                "// TV플레이어",
                "// flash 오류를 우회하기 위한 함수 추가",
                "function _flash_removeCallback() {}",
            ],
            ["본문 내용을 두고 논쟁이 이어졌다."],
        ),
        ("ja", ["次の15件 >", "< 前の15件"], ["次の15件は来週発表される。"]),
        (
            "en",
            [
                "function toggleCap(){const shortDesc=document.getElementById('short-cap');shortDesc.hidden=true;}",
                "doFir.push(function(){jQuery(document).ready(function(){jQuery('.list').show();});});",
            ],
            [
                "The function of the council (its main job) is to govern; the mayor said so.",
                "const and var are JavaScript keywords; {} marks a block.",
            ],
        ),
        (
            "en",
            ["Catherine (GiveWell) on October 29, 2018 at 12:06 pm said:"],
            ["On October 29, 2018 at 12:06 pm the mayor said: we are ready."],
        ),
        ("ja", ["クチコミを見る"], ["クチコミを見る人が増えた。"]),
        (
            "ko",
            [
                "프로필 이미지",
                "옵션 열기",
                "답글0공감/비공감공감16비공감3",
                "댓글 더보기",
                "댓글29MY댓글",
                "클린봇이 악성댓글을 감지합니다.",
                "주간조선이 이 기사의 댓글 정책을 결정합니다.",
                "주간조선 헤드라인더보기",
                "뉴스 추천 알고리즘이 궁금하다면?",
                "mir7****",
                "NAVER",
            ],
            [
                "프로필 이미지를 바꾼 사용자가 늘었다.",
                "댓글 정책을 두고 논란이 이어졌다.",
                "네이버는 알고리즘을 공개했다.",
            ],
        ),
        ("ko", ["댓글: 14 개", "추천: 21 개", "추천 21"], ["추천 21명 가운데 5명이 선발됐다."]),
        (
            "en",
            ["Follow Author", "Why you can trust SCMP"],
            ["Why you can trust the polls, he argued, is another matter."],
        ),
        (
            "ko",
            [
                "이 기사를 추천합니다",
                "기사 추천은 24시간 내 50회까지 참여할 수 있습니다.",
                "해당 언론사에서 선정하며 언론사 페이지(아웃링크)로 이동해 볼 수 있습니다.",
                "※ AI가 기사 본문을 바탕으로 요약한 내용입니다. 정확한 내용은 본문을 확인해 주세요.",
            ],
            ["이 기사는 독자의 제보로 시작됐다."],
        ),
        (
            "ko",
            [
                "요약본이 자동요약 기사 제목과 주요 문장을 기반으로 자동요약한 결과입니다.",
                "전체 맥락을 이해하기 위해서는 본문 보기를 권장합니다.",
                "사회 > 사회일반",
            ],
            ["전문가들은 본문 검토를 권장했다."],
        ),
        ("ja", ["TOP > テクノロジー > スマホ > ニュース"], ["気温は３０度を超えた。"]),
        ("en", ["View Bio"], ["View the full report here, the agency said."]),
        (
            "en",
            ["Nature Energy, 2025. DOI: 10.1038/s41560-025-01734-8 (About DOIs)."],
            ["The DOI system began in 2000."],
        ),
        (
            "en",
            ["Data is a real-time snapshot *Data is delayed at least 15 minutes.", " • 3h • 3 min read"],
            ["Data is scarce on the new variant, the agency said."],
        ),
        ("ja", ["コメント（4件）"], ["コメントは控えたいと述べた。"]),
        (
            "en",
            ["Prev story", "Next story", "Ad Choices", "Loading comments...", "*", "–"],
            ["Next story ideas came from readers, he said."],
        ),
        (
            "en",
            [
                "The Verge homepage",
                "The Verge logo.",
                "Story Continues",
                "In This Article:",
                "See All by Jane Doe",
            ],
            ["The logo was redesigned in 2019, the company said."],
        ),
        ("ko", ["오후 4시~5시까지 집계한 결과입니다."], ["경찰이 집계한 결과 사망자는 3명이었다."]),
        ("en", ["(ATTN: ADDS union comment in paras 6-7)", "3 mins"], ["3 mins later, the lights went out."]),
        (
            "en",
            ["hide caption", "toggle caption", "Font Size Enlarge", "Listen · 4:12", "4-Minute Listen"],
            ["Font size matters on small screens, the designer said."],
        ),
        (
            "ko",
            [
                "텍스트 음성 변환 서비스 사용하기",
                "기사 스크랩",
                "닫기",
                "기자의 다른 기사 보기",
                "기자 페이지",
                "싫어요 3",
            ],
            ["닫기 어려운 문을 열었다고 그는 말했다."],
        ),
        (
            "ko",
            [
                "기사의 섹션 정보는 해당 언론사의 분류를 따르고 있습니다.",
                "자동 추출 기술로 요약된 내용입니다.",
            ],
            ["자동 추출 기술 도입을 검토하고 있다고 회사는 밝혔다."],
        ),
        ("en", ["(END)", "Sponsor Message", "Ad"], ["The end came quickly.", "Ad spending rose 5%."]),
        (
            "en",
            [
                "SKIP ADVERTISEMENT",
                "Order Reprints | Today’s Paper | Subscribe",
                "after newsletter promotion",
                "Privacy Notice: Newsletters may contain info about charities, online ads, and content funded by outside parties.",
            ],
            ["The privacy notice was updated after the newsletter promotion ended."],
        ),
        (
            "en",
            [
                "Your browser does not support the video tag.",
                "Please update your browser to the latest version to use this site.",
                "Please enable JavaScript to view the comments.",
            ],
            [
                "To stay safe, update your browser and your phone's software, the agency said.",
                "The site said its browser extension had been downloaded a million times.",
            ],
        ),
        (
            "ja",
            ["NHKサイトを安心してご利用いただくため、お使いのブラウザーを最新版にしてください。"],
            ["専門家は、ブラウザーを最新版に更新するよう呼びかけている。"],
        ),
        (
            "ko",
            [
                "원활한 사이트 이용을 위해 브라우저를 최신 버전으로 업데이트해 주세요.",
                "이 브라우저는 동영상 재생을 지원하지 않습니다.",
            ],
            ["전문가들은 브라우저를 최신 버전으로 유지하라고 조언했다."],
        ),
        (
            "ko",
            ["쏠쏠정보 0", "후속강추 12", "기자 프로필", "구독자 1,234", "(끝)"],
            ["추천해요 한마디에 그는 웃었다."],
        ),
        (
            "ko",
            [
                "바로가기 본문 글씨 줄이기 본문 글씨 키우기",
                "스크롤 이동 상태바",
                "현재위치",
                "다음 기사",
                "06가",
                "기사 댓글 0",
                "다른기사 보기",
                "홈 > 경제 > 금융",
            ],
            ["다음 기사에서 자세히 다룬다고 그는 말했다.", "바로가기 버튼을 누르면 신청 화면으로 이동한다."],
        ),
        (
            "en",
            [
                "Advertisement",
                "Advertisement - scroll to continue",
                "Skip to content",
                "Home > News > World",
                "Story continues below advertisement",
                "3 min read",
                "___",
                "Our Standards: The Thomson Reuters Trust Principles.",
            ],
            ["Advertisement spending rose 5% last year."],
        ),
        ("ja", ["広告", "シェア", "写真拡大"], ["広告費は前年比5%増えた。"]),
    ],
    "tags": [
        ("en", ["In:"], ["In: a first for the city, the council met online."]),
        ("en", ["Topic:Agriculture"], ["Topics for the debate were set on Monday."]),
        ("en", ["Keywords", "#subway strike"], ["#MeToo grew quickly in 2017, she said."]),
        (
            "ko",
            ["키워드Tags #인공지능 #AI #AI 검색 #어도비", "#경제 #금리"],
            ["태그호이어가 새 시계를 내놨다."],
        ),
        (
            "en",
            ["Filed under: Politics |", "Tags: AI, search"],
            ["Filed under a false name, the claim was rejected."],
        ),
    ],
    "promo": [
        (
            "en",
            [
                "Support local journalism. Subscribe today for just $1.",
                "Please support independent journalism.",
            ],
            ["Readers support local journalism by paying more, the study found."],
        ),
        (
            "en",
            [
                "This is a developing story. Check back for updates",
                "This is a developing story and NewsChannel 5 will continue to update this article as more information comes out.",
            ],
            ["This is a developing country with a young population, the minister said."],
        ),
        (
            "ko",
            ["자세한 기사는 [[이곳]](https://goo.gl/EbQK5y)을 눌러주세요", "기사 전문은 여기를 클릭하세요"],
            ["자세한 내용은 홈페이지에서 확인할 수 있다.", "관련 버튼을 누르면 신청이 끝난다."],
        ),
        (
            "en",
            [
                "This story was originally published March 23, 2024, 7:00 AM.",
                "(Except for the headline, this story has not been edited by NDTV staff and is published from a syndicated feed.)",
            ],
            ["The story was originally published in 1990 by a small press and became a hit."],
        ),
        (
            "en",
            [
                "Our expert, award-winning staff selects the products we cover. If you buy through our links, we may get a commission."
            ],
            ["If you buy through a broker, the fees are higher, the regulator said."],
        ),
        (
            "en",
            [],
            [
                "Scammers are now sending fake invoices straight to your inbox, police warned.",
                "Residents were invited to leave a comment on the council's website.",
                "Millions rushed to download the Yle news app after the blackout.",
                "We may earn commissions on sales, the company told investors.",
                "Follow these steps: Facebook users can switch off the feature.",
            ],
        ),
        (
            "en",
            [
                "Follow Chance : Threads , Bluesky , Instagram , and Mastodon .",
                "FTC: We use income earning auto affiliate links. More.",
                "Check out 9to5Mac on YouTube for more Apple news:",
                "You can send tips, questions, and typos to chance@9to5mac.com.",
                "Get our latest cybersecurity news first on Google.",
            ],
            ["Check out the new rules on page two, the regulator said."],
        ),
        (
            "en",
            [
                "Get Tom's Hardware's best news and in-depth reviews, straight to your inbox.",
                "By submitting your information you agree to the Terms & Conditions and Privacy Policy.",
                "You are now subscribed",
                "Your newsletter sign-up was successful",
                "Get full access to premium articles, exclusive features and a growing list of member rewards.",
            ],
            [
                "The agency said it would get full access to the site by Monday.",
                "By submitting your taxes early, you avoid the rush.",
            ],
        ),
        ("en", ["by Taboola", "Recommended by Outbrain"], ["Recommended by experts, the plan passed."]),
        (
            "en",
            [
                "Add ScienceAlert on Google",
                "Have you been affected? Share you stories with us at  iwitness@rnz.co.nz",
                "This article was fact-checked by Rachel Garner and edited by Rebecca Dyer.",
            ],
            ["Add the flour on low heat, then stir."],
        ),
        (
            "en",
            [
                "Get latest news & live updates on the go on your pc with News App. Download The Times of India news app for your device.",
                "Join ST's Telegram channel and get the latest breaking news delivered to you.",
                "Sign in or create Science X account to leave the comment.",
                "You can now write for wionews.com and be a part of the community.",
                "When you click through from our site to a retailer and buy a product or service, we may earn affiliate commissions.",
            ],
            ["The ministry asked residents to download its new app to report flooding."],
        ),
        (
            "en",
            [
                "No spam, we promise. You can unsubscribe at any time and we'll never share your details.",
                "These partnerships do not influence our editorial content.",
            ],
            ["The company promised no spam in its new mail service, critics were not convinced."],
        ),
        (
            "en",
            [
                "Do you work at Parcelwise or another company that changed its office policy? Contact this reporter from a nonwork device.",
                "Read the original article on Business Insider",
                "Every product recommended by Engadget is selected by our editorial team, independent of our parent company.",
                "Sign Me Up",
                "Enter email address",
                "You may occasionally receive promotional content from the Los Angeles Times.",
                "The most important California stories and recommendations in your inbox every morning.",
                "For the latest news, weather, sports, and streaming video, head to The Hill.",
                "Disclosure: ZDNet may earn a commission from some of the products featured on this page.",
            ],
            [
                "Do you work out? Most people don't, the survey found.",
                "For the latest figures, head to page 12 of the report, she said.",
            ],
        ),
        (
            "ja",
            [
                "この記事は会員限定です。京都新聞IDに登録すると続きをお読みいただけます。",
                "京都新聞IDに登録（無料）",
            ],
            ["登録は無料で、続きは来月から読めるようになる。"],
        ),
        (
            "en",
            [
                "Sign up for The Local Brief, The Washington Post's newsletter with the D.C.-area news you need to know every weekday morning.",
                "Get smarter, faster with the news CEOs read. Sign up for Axios AM, our flagship newsletter.",
            ],
            ["Sign up for the lottery closes Friday, officials said."],
        ),
        ("ja", ["中日新聞を購読されている方は、無料で会員登録できます。"], ["会員数は１０万人を超えた。"]),
        (
            "en",
            [
                "Got a confidential news tip? We want to hear from you.",
                "You can read the machine translated English article here.",
                "Have a news tip? Contact us at newsroom@example.com.",
                "Have a story idea? Email us.",
            ],
            [
                "Got a tip from a neighbor, the officer said, and drove there.",
                "Have a story? Every family does, she said.",
            ],
        ),
        ("ko", ["덧붙이는 글 | 이 기사는 충북인뉴스에도 실립니다."], ["덧붙이는 말은 없었다고 그는 전했다."]),
        (
            "ko",
            ["IT·과학 핵심 이슈를 매일 아침 메일로 받아보세요"],
            ["주민들은 재난 문자를 알림으로 받았다."],
        ),
        (
            "en",
            [
                "Email (required)",
                "Follow topics and authors from this story to see more like this in your feed.",
                "Posts from this author will be added to your daily email digest and your homepage feed.",
                "By submitting your email, you agree to our Terms and Privacy Notice.",
            ],
            ["Follow the money, the prosecutor told the jury."],
        ),
        (
            "ko",
            ["메인에서 바로 보는 언론사 편집 뉴스 지금 바로 구독해보세요!"],
            ["구독자 수가 100만 명을 넘었다고 밝혔다."],
        ),
        (
            "ja",
            ["「Nikkei Startup Times」の登録はこちら", "この記事の英文をNikkei Asiaで読む"],
            ["申し込みは来月から受け付ける。"],
        ),
        (
            "en",
            [
                "Get the latest climate coverage delivered to your inbox every Friday.",
                "Email address",
                "See more subscription options",
                "By subscribing, you acknowledge and agree to the Terms of Use and Privacy Policy.",
                "You've successfully subscribed to this newsletter!",
                "Save articles to read later and create your own reading list.",
            ],
            ["By subscribing to the service, customers got faster deliveries, the company said."],
        ),
        (
            "en",
            [
                "By subscribing, you acknowledge and agree to NPR's Terms of Use and Privacy Policy.",
                "By entering your email and clicking the Subscribe button, you agree to the Privacy Policy.",
            ],
            ["By signing up early, families got the best seats, organizers said."],
        ),
        (
            "ja",
            ["著者をフォローすると、最新記事をメールでお知らせします。右上のボタンからフォローください。"],
            ["フォロワー数は100万人を超えた。"],
        ),
        (
            "ko",
            [
                "▶ 네이버에서 '이데일리 뉴스'를 만나보세요",
                "반도체와 AI 스타트업 소식을 전합니다. 제보는 언제든 환영합니다.",
            ],
            ["▶ 1차 접수: 3월 5일부터", "경찰은 제보를 받아 수사에 나섰다고 밝혔다."],
        ),
        (
            "en",
            [
                "Thanks for signing up!",
                "Keep an eye on your inbox for the latest sports news.",
                "There was an error processing your subscription.",
                "Get the latest updates right in your inbox. Subscribe to NJ.com’s newsletters.",
                "Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.",
                "Like this story? Share it with a friend!",
                "Tell us what YOU think...",
                "GET FOX BUSINESS ON THE GO BY CLICKING HERE",
                "Follow The New York Times Opinion section on Facebook, Twitter (@NYTopinion) and Instagram.",
                "Reach the reporters on Twitter at http://twitter.com/jdoe and http://twitter.com/jroe",
                "If you buy something through this post, IGN may get a share of the sale.",
                "We may earn a commission from links on this page.",
            ],
            [
                "Thanks for signing up, she told the volunteers, and left.",
                "The scam emails land in your inbox every day.",
                "Follow the money, investigators said.",
                "Tell us what you think about the plan, the mayor told residents.",
                "Readers can donate to the fund by clicking here.",
                "Follow the rules on Facebook and Twitter, the company told users.",
                "Contact the authors at the newsroom, he said.",
                "If you buy a car this year, expect higher rates.",
                "The agency may earn a commission of 5% on each sale, the filing shows.",
            ],
        ),
        (
            "ja",
            ["残り1234文字（全文1890文字）"],
            [
                "ＪＲ東海は、運行情報を知らせるアプリに会員登録すると、遅れの情報を受け取れるとしています。",
                "米国の有料会員向けニュースレターの読者は、今回の決定を事前に予想していた人が多かったという。",
            ],
        ),
        (
            "ko",
            [
                "※ '당신의 제보가 뉴스가 됩니다' [카카오톡] YTN 검색해 채널 추가 [전화] 02-398-8585 [메일] social@ytn.co.kr"
            ],
            ["경찰은 전화와 이메일로 접수된 신고를 토대로 수사를 벌였다고 밝혔다."],
        ),
        (
            "ja",
            ["この記事は有料会員限定です", "続きは日経電子版で"],
            [
                "会員数は前年より増えた。",
                "会員登録をした人は前年比で２割増えた。",
                "続きは来週の会議で議論する。",
            ],
        ),
        (
            "ko",
            [
                "■ 제보하기",
                "▷ 전화 : 02-781-1234, 4444",
                "▷ 전화 02-784-4000",
                "기사 추천하기",
                "▷ 카카오톡 : 'KBS제보' 검색, 채널 추가",
                "▷ 네이버, 유튜브에서 KBS뉴스를 구독해주세요!",
                "기사제보 및 보도자료 news@aitimes.com",
            ],
            [
                "이메일로 받은 제보를 토대로 경찰이 수사에 나섰다.",
                # Story sentences that mention a tip line, an app or a subscription.
                "카카오톡 채널을 통해 상담을 받을 수 있다고 밝혔다.",
                "네이버 메인 화면 개편으로 언론사 구독이 늘었다.",
                "무료 웹툰 플랫폼이 10대 사이에서 인기를 끌고 있다.",
                "앱 다운로드 수는 출시 한 달 만에 100만 건을 넘었다.",
                "시민 제보는 경찰 수사에 결정적인 역할을 했다.",
                "전화: 02-123-4567로 문의하면 된다고 시는 설명했다.",
                '그는 "제보를 기다립니다"라는 현수막을 내걸었다.',
            ],
        ),
        (
            "en",
            [
                "Sign up for our daily newsletter",
                "Subscribe to our channel",
                "Sign up here.",
                "Subscribe now for unlimited access",
                "Download the app",
                "Follow us on Twitter",
                "Get the best stories in your inbox with our free weekly newsletter",
                "Subscribe to 9to5Mac on YouTube for more Apple news:",
            ],
            [
                "Subscribers to the service grew by 10% in the quarter, the company said in a statement to investors.",
                # A story's own instructions (held-out pages).
                "Sign up for a Hulu ad-free account for $11.99 a month",
                "Sign up for the Disney+ bundle using the same email as your Hulu account",
                "Download it here so you can apply this to your business:",
                "Follow us, the protesters chanted as they marched.",
                "The company launched a free newsletter for farmers last year.",
            ],
        ),
    ],
    "label": [
        ("ko", ["기사 제목 :", "기사 내용 :", "본문:"], ["내용은 다음과 같다:", "제목을 바꿨다."]),
        (
            "ko",
            ["[단독]", "[2017 키플랫폼]"],
            ['["다리, 다리, 잡아."]', "[노조 요구안 세 가지]", "[김상철/양식 어민]"],
        ),
    ],
}


def _case_ids() -> list[tuple[str, str, str, bool]]:
    out = []
    for name, groups in LINE_CASES.items():
        for lang, removed, kept in groups:
            out += [(name, lang, line, True) for line in removed]
            out += [(name, lang, line, False) for line in kept]
    return out


@pytest.mark.parametrize(("name", "lang", "line", "removes"), _case_ids())
def test_line_rule(name: str, lang: str, line: str, removes: bool) -> None:
    got = first_rule(line, lang)
    if removes:
        assert got == name, f"{line!r}: expected {name}, got {got}"
    else:
        assert got is None, f"{line!r} is story but {got} removes it"


def test_every_rule_name_has_fixtures_and_a_description() -> None:
    names = {r.name for r in R.LINE_RULES} | {r.name for r in R.SPAN_RULES}
    assert names <= set(R.RULE_NAMES)
    assert {r.name for r in R.LINE_RULES} <= set(LINE_CASES)
    assert {r.name for r in R.SPAN_RULES} <= {name for name, *_ in SPAN_CASES}


def test_needles_are_lower_case_and_never_hide_a_match() -> None:
    """A needle is a pre-check; a fixture line a rule's pattern matches must hold one."""
    lines = [
        (lang, line)
        for groups in LINE_CASES.values()
        for lang, removed, kept in groups
        for line in removed + kept
    ]
    lines += [(lang, line) for _, lang, line, _, _ in SPAN_CASES]
    rules: list[R.LineRule | R.SpanRule] = [*R.LINE_RULES, *R.SPAN_RULES]
    for rule in rules:
        assert all(n == n.lower() for n in rule.needles), rule.name
        if not rule.needles:
            continue
        for _, line in lines:
            text = clean_line(line)
            if rule.pattern.search(text):
                assert any(n in text.lower() for n in rule.needles), (rule.name, line)


# (rule, language, line, what the rule cuts, what stays)
SPAN_CASES: list[tuple[str, str, str, str, str]] = [
    (
        "promo",
        "en",
        "Moore said it would differ. Click here to read more boxing stories. He added: “I'm a boxer.”",
        "Click here to read more boxing stories.",
        "Moore said it would differ. He added: “I'm a boxer.”",
    ),
    (
        "related-list",
        "en",
        "The method spread fast (see “Genome Surgery” and “10 Breakthrough Technologies 2014: Genome Editing”) among labs.",
        "(see “Genome Surgery” and “10 Breakthrough Technologies 2014: Genome Editing”)",
        "The method spread fast among labs.",
    ),
    (
        "related-list",
        "en",
        "The drug was tested, Expert said. [Trippy Tales: The History of 8 Hallucinogens] The study found more.",
        "[Trippy Tales: The History of 8 Hallucinogens]",
        "The drug was tested, Expert said. The study found more.",
    ),
    (
        "byline",
        "ko",
        "겨울채비 하세요... 이번 주 맑고 포근 윤우현 기자 whyoon@jbnews.com 11월4째주 충북지방은 맑겠다.",
        "윤우현 기자 whyoon@jbnews.com",
        "겨울채비 하세요... 이번 주 맑고 포근 11월4째주 충북지방은 맑겠다.",
    ),
    (
        "byline",
        "ko",
        "시위를 이어나갈 예정이다.CBS노컷뉴스 박희영 기자 matter@cbs.co.kr▶ 기자와 카톡 채팅하기▶ 노컷뉴스 영상 구독하기",
        "CBS노컷뉴스 박희영 기자 matter@cbs.co.kr",
        "시위를 이어나갈 예정이다.",  # the promos after the address go too
    ),
    (
        "caption",
        "en",
        "This is the seventh Greggs. The new store is looking for people to join the 'Greggs family' (Image: Cambridge News) Some items include rolls.",
        "The new store is looking for people to join the 'Greggs family' (Image: Cambridge News)",
        "This is the seventh Greggs. Some items include rolls.",
    ),
    (
        "promo",
        "en",
        "The plan is new. Group 28 Sign up to our dedicated Peterborough newsletter for the latest news Invalid email Sign Up No thanks, close See our Privacy Notice Greggs will open a store.",
        "Group 28 Sign up to our dedicated Peterborough newsletter for the latest news Invalid email Sign Up No thanks, close See our Privacy Notice",
        "The plan is new. Greggs will open a store.",
    ),
    (
        "promo",
        "en",
        "It has six stores. Keep up to date with the latest Peterborough news with our free weekly email - find out more here. The end.",
        "Keep up to date with the latest Peterborough news with our free weekly email - find out more here.",
        "It has six stores. The end.",
    ),
    (
        "page-chrome",
        "en",
        "It opens in May. Story Saved You can find this story in My Bookmarks. Follow CambridgeLive Facebook Twitter",
        "Story Saved You can find this story in My Bookmarks. Follow CambridgeLive Facebook Twitter",
        "It opens in May.",
    ),
    (
        "byline",
        "ko",
        "캐피탈 직원 사칭 공격과 유사[보안뉴스 김경애 기자] 북한 해커조직의 공격이 포착됐다.",
        "[보안뉴스 김경애 기자]",
        "캐피탈 직원 사칭 공격과 유사 북한 해커조직의 공격이 포착됐다.",
    ),
    (
        "byline",
        "ko",
        "설계됐다.[김경애 기자(boan3@boannews.com)]",
        "[김경애 기자(boan3@boannews.com)]",
        "설계됐다.",
    ),
    (
        "photo-credit",
        "ko",
        "공격이 포착됐다.[이미지=https://theorg.com/org/signum-capital캡처]공격자는 대표로 가장했다.",
        "[이미지=https://theorg.com/org/signum-capital캡처]",
        "공격이 포착됐다. 공격자는 대표로 가장했다.",
    ),
    (
        "copyright",
        "ko",
        "김정은 위원장은 위협했다. 출처 : 시사주간(http://www.sisaweekly.com)",
        "출처 : 시사주간(http://www.sisaweekly.com)",
        "김정은 위원장은 위협했다.",
    ),
    (
        "promo",
        "en",
        "They searched phones. Have you been affected? Share you stories with us at  iwitness@rnz.co.nz MFAT data shows 29 sought help.",
        "Have you been affected? Share you stories with us at  iwitness@rnz.co.nz",
        "They searched phones. MFAT data shows 29 sought help.",
    ),
    (
        "promo",
        "en",
        "They stay 30 days. Sign up for Ngā Pitopito Kōrero, a daily newsletter curated by our editors and delivered to your inbox. The rule applies.",
        "Sign up for Ngā Pitopito Kōrero, a daily newsletter curated by our editors and delivered to your inbox.",
        "They stay 30 days. The rule applies.",
    ),
    (
        "caption",
        "ko",
        "은행권은 점검회의에서 은행채 발행을 최소화하겠다고 전했다. ⓒ 금융위원회[프라임경제] 은행권은 발행을 줄이기로 했다.",
        "은행권은 점검회의에서 은행채 발행을 최소화하겠다고 전했다. ⓒ 금융위원회",
        "은행권은 발행을 줄이기로 했다.",  # the bracketed outlet goes too
    ),
    (
        "dateline-header",
        "ko",
        "기성용, 휴가 마치고 뉴캐슬 복귀 김병학 기자 입력 2018.07.22. 19:36 수정 2018.07.22. 19:52 댓글 4개",
        "김병학 기자 입력 2018.07.22. 19:36 수정 2018.07.22. 19:52 댓글 4개",
        "기성용, 휴가 마치고 뉴캐슬 복귀",
    ),
    (
        "caption",
        "ja",
        "抗議する藤川監督（右）＝撮影・西田忠信　ＮＰＢは１１日、処分を発表した。",
        "抗議する藤川監督（右）＝撮影・西田忠信",
        "ＮＰＢは１１日、処分を発表した。",
    ),
    (
        "promo",
        "en",
        "The verdict was attended by consulates.(Except for the headline, this story has not been edited by NDTV staff and is published from a syndicated feed.)",
        "(Except for the headline, this story has not been edited by NDTV staff and is published from a syndicated feed.)",
        "The verdict was attended by consulates.",
    ),
    ("page-chrome", "en", "By [30]Dua Rashid", "[30]", "By Dua Rashid"),
    ("page-chrome", "en", "[32][33][34]", "[32][33][34]", ""),
    (
        "byline",
        "ko",
        "스테이블코인 [사진: Reve AI] [디지털투데이 황치규 기자]미국 와이오밍주는 공식 스테이블코인을 내놨다.",
        "[디지털투데이 황치규 기자]",
        "스테이블코인 미국 와이오밍주는 공식 스테이블코인을 내놨다.",  # the photo credit goes too
    ),
    (
        "byline",
        "ja",
        "高市総理大臣は関係閣僚会議で報告することにしています。テレビ朝日報道局",
        "テレビ朝日報道局",
        "高市総理大臣は関係閣僚会議で報告することにしています。",
    ),
    (
        "page-chrome",
        "ko",
        "본문 내용 TV플레이어 // TV플레이어 // flash 오류를 우회하기 위한 함수 추가 function _flash_removeCallback() {} 류근관 통계청장은 9일 영상회의를 가졌다.",
        "본문 내용 TV플레이어 // TV플레이어 // flash 오류를 우회하기 위한 함수 추가 function _flash_removeCallback() {}",
        "류근관 통계청장은 9일 영상회의를 가졌다.",
    ),
    (
        "email",
        "ko",
        "협력을 제안했다. 김덕준 기자  casiopea @ busan.com",
        "casiopea @ busan.com",
        "협력을 제안했다.",  # the name goes too, by the rule for a name after the last sentence
    ),
    (
        "caption",
        "ko",
        "류근관 통계청장이 영상회의에서 의견을 교환하고 있다. 통계청 제공 류근관 통계청장은 9일 영상회의를 가졌다.",
        "류근관 통계청장이 영상회의에서 의견을 교환하고 있다. 통계청 제공",
        "류근관 통계청장은 9일 영상회의를 가졌다.",
    ),
    (
        "sign-off",
        "ko",
        "상한을 10.5%로 상향 조정하기로 했습니다.SBS Biz 엄하은입니다.",
        "SBS Biz 엄하은입니다.",
        "상한을 10.5%로 상향 조정하기로 했습니다.",
    ),
    (
        "byline",
        "ko",
        "[스포탈코리아] 김성진 기자= 토트넘 홋스퍼가 손흥민을 불렀다.",
        "[스포탈코리아] 김성진 기자=",
        "토트넘 홋스퍼가 손흥민을 불렀다.",
    ),
    (
        "copyright",
        "en",
        "Terms of Service Privacy © 2020 www.azcentral.com. All rights reserved.",
        "© 2020 www.azcentral.com. All rights reserved.",
        "Terms of Service Privacy",
    ),
    (
        "page-chrome",
        "en",
        "The team won on Sunday. Story continues below advertisement The coach praised the defence.",
        "Story continues below advertisement",
        "The team won on Sunday. The coach praised the defence.",
    ),
    (
        "caption",
        "ja",
        "当時18歳の高校生だった特定少年の男（29日の法廷スケッチ）北海道江別市で集団暴行を受けた大学生が死亡した。",
        "当時18歳の高校生だった特定少年の男（29日の法廷スケッチ）",
        "北海道江別市で集団暴行を受けた大学生が死亡した。",
    ),
    (
        "photo-credit",
        "ja",
        "取材に応じるドジャース・大谷翔平【写真：上野明洸】【MLB】パイレーツ 9ー8 ドジャース",
        "【写真：上野明洸】",
        "取材に応じるドジャース・大谷翔平 【MLB】パイレーツ 9ー8 ドジャース",
    ),
    (
        "byline",
        "ko",
        "(엑스포츠뉴스 김예나 기자) 마약 혐의를 부인 중인 가수의 변호사로부터 메일을 받았다.",
        "(엑스포츠뉴스 김예나 기자)",
        "마약 혐의를 부인 중인 가수의 변호사로부터 메일을 받았다.",
    ),
    (
        "copyright",
        "ja",
        "あるアナリストは「攻撃能力を維持している」と指摘している。(c)AFP/Aminu ABUBAKAR",
        "(c)AFP/Aminu ABUBAKAR",
        "あるアナリストは「攻撃能力を維持している」と指摘している。",
    ),
    (
        "copyright",
        "en",
        "The talks resume on Monday in Geneva, officials said. (c) AFP",
        "(c) AFP",
        "The talks resume on Monday in Geneva, officials said.",
    ),
    (
        "caption",
        "ko",
        "한 편의점 도시락 매대에 저가 도시락이 진열돼 있다. /뉴스1점심시간대 매출 비중도 커졌다.",
        "한 편의점 도시락 매대에 저가 도시락이 진열돼 있다. /뉴스1",
        "점심시간대 매출 비중도 커졌다.",
    ),
    (
        "copyright",
        "ko",
        "필요하면 현장 점검을 강화하겠다고 밝혔다.※ 저작권자 ⓒ 파이낸셜뉴스. 무단 전재-재배포 금지",
        "※ 저작권자 ⓒ 파이낸셜뉴스. 무단 전재-재배포 금지",
        "필요하면 현장 점검을 강화하겠다고 밝혔다.",
    ),
    ("byline", "ko", "점검을 강화하겠다고 밝혔다. 김서연 기자", "김서연 기자", "점검을 강화하겠다고 밝혔다."),
    (
        "promo",
        "ko",
        "점검을 강화하겠다고 밝혔다.▶ 날로먹고 구워먹는 금융이슈 [파인애플]▶ 헉! 소리나는 스!토리 뉴스 [헉스]",
        "▶ 날로먹고 구워먹는 금융이슈 [파인애플]▶ 헉! 소리나는 스!토리 뉴스 [헉스]",
        "점검을 강화하겠다고 밝혔다.",
    ),
    (
        "byline",
        "ko",
        "[파이낸셜뉴스] 수도권 빌라 전세가율이 다시 80%를 넘어섰다.",
        "[파이낸셜뉴스]",
        "수도권 빌라 전세가율이 다시 80%를 넘어섰다.",
    ),
    (
        "caption",
        "en",
        '"You work all year for six weeks of harvest," he said."Luke Papadakis has lost two-thirds of his crop. (ABC Rural: Tamsin Rowe)',
        "Luke Papadakis has lost two-thirds of his crop. (ABC Rural: Tamsin Rowe)",
        '"You work all year for six weeks of harvest," he said."',
    ),
    (
        "byline",
        "ko",
        "[헤럴드경제=김현경 기자] 최근 금값이 사상 최고치를 경신했다.",
        "[헤럴드경제=김현경 기자]",
        "최근 금값이 사상 최고치를 경신했다.",
    ),
    (
        "byline",
        "ko",
        "(서울=연합뉴스) 홍길동 기자 = 정부가 내년 예산안을 확정했다.",
        "(서울=연합뉴스) 홍길동 기자 =",
        "정부가 내년 예산안을 확정했다.",
    ),
    (
        "byline",
        "ko",
        "【서울=뉴시스】홍길동 기자 = 코스피가 올랐다.",
        "【서울=뉴시스】홍길동 기자 =",
        "코스피가 올랐다.",
    ),
    (
        "byline",
        "ko",
        "[서울=뉴시스]홍길동 기자 = 코스피가 올랐다.",
        "[서울=뉴시스]홍길동 기자 =",
        "코스피가 올랐다.",
    ),
    (
        "byline",
        "ja",
        "【ワシントン＝行方史郎】原発３基が停止した。",
        "【ワシントン＝行方史郎】",
        "原発３基が停止した。",
    ),
    (
        "byline",
        "ja",
        "【ニューヨーク=山田太郎】株価が上昇した。",
        "【ニューヨーク=山田太郎】",
        "株価が上昇した。",
    ),
    ("byline", "ko", "전망이다. 홍길동 기자 gildong@yna.co.kr", "홍길동 기자 gildong@yna.co.kr", "전망이다."),
    (
        "caption",
        "ko",
        "갤럭시S8 예상 이미지 © News1(서울=뉴스1) 김보람 기자 = 가격에 관심이 쏠린다.",
        "갤럭시S8 예상 이미지 © News1",
        "가격에 관심이 쏠린다.",  # the byline rule cuts the rest
    ),
    ("cue", "ko", "【 인터뷰 】 김문태 / 장위시장 상인", "【 인터뷰 】", "김문태 / 장위시장 상인"),
    ("email", "ko", "어려울 전망이다.borami@news1.kr", "borami@news1.kr", "어려울 전망이다."),
    (
        "email",
        "en",
        "Prices rose 3%, the agency said. jane.roe@example.com",
        "jane.roe@example.com",
        "Prices rose 3%, the agency said.",
    ),
    (
        "email",
        "ko",
        "이 사안을 취재했습니다 (hong@example.co.kr)",
        "(hong@example.co.kr)",
        "이 사안을 취재했습니다",
    ),
    (
        "photo-credit",
        "ko",
        "시장 전경 (사진=서울시 제공) 상인들이 모였다.",
        "(사진=서울시 제공)",
        "시장 전경 상인들이 모였다.",
    ),
    (
        "photo-credit",
        "en",
        "Crews work on the line (AP Photo/Jane Doe) near the plant.",
        "(AP Photo/Jane Doe)",
        "Crews work on the line near the plant.",
    ),
    (
        "photo-credit",
        "en",
        "Officials inspect the site (Yonhap Photo) on Monday.",
        "(Yonhap Photo)",
        "Officials inspect the site on Monday.",
    ),
    ("photo-credit", "ja", "会見する総裁（写真：ロイター）。", "（写真：ロイター）", "会見する総裁 。"),
    (
        "wire-credit",
        "en",
        "Taiwan is prone to earthquakes. (Reporting by Ben Blanchard; Editing by Saad Sayeed)",
        "(Reporting by Ben Blanchard; Editing by Saad Sayeed)",
        "Taiwan is prone to earthquakes.",
    ),
    (
        "copyright",
        "ko",
        "공개가 어려울 전망이다.[© 뉴스1코리아(news1.kr), 무단 전재 및 재배포 금지]",
        "[© 뉴스1코리아(news1.kr), 무단 전재 및 재배포 금지]",
        "공개가 어려울 전망이다.",
    ),
    (
        "promo",
        "ko",
        "공개가 어려울 전망이다.▶ 매일 업데이트 최신 만화 100% 무료",
        "▶ 매일 업데이트 최신 만화 100% 무료",
        "공개가 어려울 전망이다.",
    ),
]

# Story lines no span rule may touch.
SPAN_KEEPS: list[tuple[str, str]] = [
    ("en", "Users were told to click here to read the terms, the regulator found. Few did."),
    ("en", "The costs rose (see below) and the council called it “a crisis” (see chart)."),
    ("en", "He said: [Inaudible] and then left. [The room fell quiet.] It was over."),
    ("ko", "문의는 홍보팀 김민수 과장 kim@example.com 으로 하면 된다."),
    ("en", "The council agreed. The image (left) shows the plan (Image 2: the site map) in detail."),
    ("en", "Readers can sign up to the newsletter at the library, the council said."),
    ("ko", "그는 [김 기자] 라고 불렀다."),
    ("ko", "시차증후군 없이 쌩쌩…김대리의 비결은 '멜라토닌' [약 읽어주는 안경진 기자]"),
    ("ko", "자료의 출처 : 통계청(2024)에 따르면 인구가 줄었다."),
    ("en", "Staff were told to sign up for the newsletter by Friday. It worked."),
    ("en", "She did. Share your story with us, the mayor told residents at the hall."),
    ("ko", "국내 기업 © 2024 [종합] 그리고 매출은 늘었다."),
    ("ko", "그는 지난 2018.07.22 등록 절차를 마쳤다고 했다."),
    ("ja", "試合は撮影・配信された。観客は１万人だった。"),
    ("ja", "防犯カメラの映像（警察提供）には、男が映っていた。"),
    ("ko", "정부는 청년 지원을 확대하고 있다. 무료 제공 대상은 만 19세부터 34세까지다."),
    ("ko", "정부는 지원을 늘리고 있다. 서비스 제공 기간은 1년이다."),
    ("en", "(b) keep records. (c) Report incidents"),
    (
        "en",
        "The court said so.[1] It ruled again in 2021 [2] and in [2023] too, up to 1,000 alarms per shift [1], it said.",
    ),
    ("ko", "시장은 변화하고 있다. 통계청 제공 자료에 따르면 수출이 늘었다."),
    (
        "ja",
        "現在のところSメモとキャプチャを取った後の編集画面（ギャラリーからの編集も対応）以外では利用確認できないようです。",
    ),
    ("ja", "同社は新製品を発表した（写真提供の依頼には応じなかった）と説明した。"),
    ("ko", "▶AI가 인간의 능력을 더욱 강화시켜 줄 것이다."),
    ("ko", "행사는 개막식 ▶ 축하 공연 ▶ 시상식 순으로 진행된다"),
    ("ko", '김 기자는 "현장이 혼란스러웠다"고 전했다.'),
    ("ko", '[이영래/부동산리서치 대표 : "월세 수요가 많습니다."]'),
    ("en", "TAIPEI (Reuters) - Chipmaker TSMC said on Tuesday that all its sites were operating."),
    ("en", "Photos of the scene (taken by residents) spread online."),
    ("ja", "【ワシントン】大統領は演説した。"),
    # An address inside a sentence is the story's (a held-out page lost "email us at …").
    ("en", "As always, you are welcome to email us at info@example.org if you prefer not to comment."),
    ("ko", "문의는 이메일(help@example.com)로 받는다고 회사는 밝혔다."),
    ("ko", "[단독] 수도권 빌라 전세가율이 다시 80%를 넘어섰다."),
    ("ko", "김 기자는 현장에서 취재를 이어갔다. 박 기자도 함께였다."),
    # The dot inside an address is no sentence end.
    ("en", "Story tips can be sent to mark.delaney@fox.com."),
]


@pytest.mark.parametrize(("name", "lang", "line", "cut", "rest"), SPAN_CASES)
def test_span_rule(name: str, lang: str, line: str, cut: str, rest: str) -> None:
    got_rest, cuts = cut_spans(line, _rules_for(lang).span)
    assert (cuts[0].reason, cuts[0].text) == (name, cut)
    assert got_rest == rest


@pytest.mark.parametrize(("lang", "line"), SPAN_KEEPS)
def test_span_rules_leave_story_alone(lang: str, line: str) -> None:
    assert cut_spans(line, _rules_for(lang).span) == (line, [])


def test_needles_are_found_inside_and_under_each_other() -> None:
    rules = _rules_for("en")
    assert {"photo", "photograph"} <= rules.needles_in("A roof in Kent. Photograph: Gareth Fuller/PA")
    ko = _rules_for("ko")
    assert {"제보", "보도"} <= ko.needles_in("제보도 받는다")
