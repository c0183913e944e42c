/// A small valid exercise file for parser tests; tests derive broken variants from it.
enum ExerciseFixtures {
    static let valid = """
        ---
        id: fiets-gestolen  # comment after a value
        titel: De gestolen fiets
        domein: gemeente en openbare ruimte
        niveau: 2
        client: Kees Jansen
        over: 45 jaar, belt de gemeente over zijn fiets.
        ---

        ## Opening

        Goedemorgen. Mijn fiets is weggehaald bij het station.
        Er hing geen briefje.

        ## Film

        ### wat (kern)
        > Ze hebben hem met een tang losgeknipt.
        > Het slot lag nog op de grond.

        woorden: slot, tang, geknipt

        ### wanneer (kern)
        > Dinsdagochtend om half acht zette ik hem daar neer.

        woorden: dinsdag, tijd, ochtend

        ### 3. waar
        > Bij het rek naast de bakker.

        woorden: rek, bakker, plek

        ### beleving
        > Ik stond daar echt even te trillen.

        woorden: voelde, schrok

        ## Valkuilen

        - oordeel: "Wat belachelijk" ligt voor op de tong.
          Vraag eerst wat er gebeurde.
        - advies: Je wilt het depot noemen.

        ## Reacties

        - waarom: Waarom? Dat doet toch iedereen zo.

        ## Mening

        > Ik vind dat ze een briefje hadden moeten ophangen.

        ## Voorbeeldreacties

        - Wat zag je toen je bij het rek kwam?
        - Wanneer had je hem daar neergezet?

        ## Nabespreking

        Kees zette dinsdag zijn fiets bij het rek; die was losgeknipt.

        ## Reflectievragen

        - Welk oordeel had je klaar?

        """

    /// The valid file with one line replaced.
    static func replacing(_ old: String, with new: String) -> String {
        precondition(valid.contains(old), "fixture does not contain \(old)")
        return valid.replacing(old, with: new)
    }
}
