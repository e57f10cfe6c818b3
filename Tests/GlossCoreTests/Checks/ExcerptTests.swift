import Testing

@testable import GlossCore

/// Quotes in one-line messages: short ones whole, long ones cut where the reader needs to look.
@Suite struct ExcerptTests {
    @Test func shortTextIsShownWhole() {
        #expect(Excerpt.differing("185 people", "180 people") == ("185 people", "180 people"))
        #expect(Excerpt.short("a\nb") == "a b")
    }

    /// The excerpt starts at a word, never inside a figure ("…85 people" misquotes 185).
    @Test func anExcerptStartsAtAWord() {
        let (old, new) = Excerpt.differing("185 people gathered peacefully in the main square of the city",
                                           "185 people assembled peacefully in the main square of the city")
        #expect(old.hasPrefix("185 people gathered") && new.hasPrefix("185 people assembled"), "\(old) / \(new)")
    }

    /// Texts that one line would show alike show the spacing that differs.
    @Test func spacingThatOneLineHidesIsShown() {
        #expect(Excerpt.differing("Hello world\n", "Hello world") == ("Hello world⏎", "Hello world"))
        #expect(Excerpt.differing("185\u{A0}people", "185 people") == ("185⍽people", "185 people"))
        #expect(Excerpt.differing("185\npeople", "186 people") == ("185 people", "186 people"), "the change shows already")
    }

    /// Editing "October 5" to "October 8" deep in a long quote: both sides show the change.
    @Test func longTextIsCutAroundTheChange() {
        let before = "after three days of protests at Jiuzhou, residents said the lockdown would end on October 5, "
            + "officials said nothing about it that evening or the next day"
        let after = before.replacingOccurrences(of: "October 5", with: "October 8")
        let (old, new) = Excerpt.differing(before, after)
        #expect(old.contains("October 5") && new.contains("October 8"), "\(old) / \(new)")
        #expect(old.hasPrefix("…") && old.hasSuffix("…") && old.count == 40)
        #expect(Excerpt.differing(before, "before" + after) == (Excerpt.short(before), Excerpt.short("before" + after)),
                "a change at the start is cut as a short excerpt is")
    }
}
