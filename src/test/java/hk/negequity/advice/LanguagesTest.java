package hk.negequity.advice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguagesTest {

    private static final Set<String> AVAILABLE = Set.of("en", "zh-HK", "zh-CN");

    @ParameterizedTest(name = "lang {0}, Accept-Language {1}: {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "-      | -                                | en",
            "zh-HK  | -                                | zh-HK",
            "zh-hk  | -                                | zh-HK",
            "zh_HK  | -                                | zh-HK",
            "zh-CN  | -                                | zh-CN",
            "zh-TW  | -                                | zh-HK",
            "zh-Hant-HK | -                            | zh-HK",
            "zh-Hans | -                               | zh-CN",
            "zh-SG  | -                                | zh-CN",
            "zh     | -                                | zh-HK",
            "en-GB  | -                                | en",
            "fr     | -                                | en",
            "fr     | zh-HK                            | zh-HK",
            "fr     | de                               | en",
            "zh-CN  | zh-HK                            | zh-CN",
            "-      | zh-HK,zh;q=0.9,en;q=0.8          | zh-HK",
            "-      | fr-FR,zh-CN;q=0.7,en;q=0.5       | zh-CN",
            "-      | en;q=0.2,zh-HK;q=0.9             | zh-HK",
            "-      | zh-HK;q=0,en;q=0.5               | en",
            "-      | de,fr                            | en",
            "-      | *                                | en",
            "-      | *;q=0.1, zh-CN;q=0.05            | en",
            "-      | zh-CN;q=0.5, *;q=0.1             | zh-CN",
            "-      | *;q=0, zh-HK;q=0.1               | zh-HK",
            "-      | en;q=0, *                        | zh-HK",
            "-      | en;q=0, zh-HK;q=0, *             | zh-CN",
            "-      | en-GB;q=0, *;q=0.5               | zh-HK",
            "-      | en;q=0, zh;q=0, *                | en",
            "-      | zh;q=0, *                        | en",
            "-      | ;;;=garbage                      | en",
            "-      | x;q=abc, zh-CN                   | zh-CN",
            "-      | zh-HK;q=1.5, zh-CN;q=0.5         | zh-CN",
            "-      | zh_HK                            | zh-HK",
            "-      | zh-cmn-Hans                      | zh-CN",
            "-      | zh-yue-Hant-HK                   | zh-HK",
            "zh-cmn-Hans | -                           | zh-CN",
            "zh-yue | -                                | zh-HK",
            "-      | zh-yue                           | zh-HK",
            // Not one tag: a list (or a stray character) in lang is no language, and gives way to the next choice.
            "zh-HK,zh-CN | -                           | en",
            "zh-CN,zh-HK | zh-HK                       | zh-HK",
            "zh-TW,zh-CN | en                          | en",
            "zh-HK;q=1 | -                             | en",
            "zh--HK | -                                | en",
    })
    void theRequestsLangWinsThenAcceptLanguageThenEnglish(String lang, String header, String expected) {
        assertThat(Languages.choose(lang, header, AVAILABLE)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: {1}, in the body, the query and Accept-Language alike")
    @CsvSource(delimiter = '|', value = {
            "cmn-Hant      | zh-HK",
            "cmn-Hant-TW   | zh-HK",
            "cmn-Hans      | zh-CN",
            "cmn-Hans-CN   | zh-CN",
            "wuu-Hans      | zh-CN",
            "yue-Hans      | zh-CN",
            "yue-Hant      | zh-HK",
            "yue-HK        | zh-HK",
            "yue           | zh-HK",
            "zh-Hans-HK    | zh-CN",
            "zh-Hant-CN    | zh-HK",
            "zh-yue-Hans   | zh-CN",
            "cmn-CN        | zh-CN",
            "cmn-SG        | zh-CN",
            "cmn           | zh-HK",
            "zh-MO         | zh-HK",
            "zh-x-hans     | zh-HK",
            "en-Latn-HK    | en",
    })
    void aTagMeansTheSameWhereverItIsSent(String tag, String expected) {
        assertThat(Languages.choose(tag, Languages.Asked.NOTHING, AVAILABLE)).as("body").isEqualTo(expected);
        assertThat(Languages.choose(null, new Languages.Asked(tag, null), AVAILABLE)).as("query").isEqualTo(expected);
        assertThat(Languages.choose(null, new Languages.Asked(null, tag), AVAILABLE)).as("header").isEqualTo(expected);
    }

    @ParameterizedTest(name = "lang {0}, ?lang={1}, Accept-Language {2}: {3}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "zh-CN  | zh-HK  | en     | zh-CN",
            "-      | zh-CN  | zh-HK  | zh-CN",
            "fr     | zh-CN  | zh-HK  | zh-CN",
            "fr     | xx     | zh-HK  | zh-HK",
            "-      | xx     | zh-HK  | zh-HK",
            "-      | xx     | de     | en",
            "fr     | -      | -      | en",
    })
    void aLanguageNoCatalogueCoversPassesToTheReadersNextChoice(String lang, String query, String header,
                                                                String expected) {
        assertThat(Languages.choose(lang, new Languages.Asked(query, header), AVAILABLE)).isEqualTo(expected);
    }
}
