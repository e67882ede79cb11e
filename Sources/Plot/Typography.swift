/// Sizes for print, in CSS pixels (1 px = 0.75 pt): close to matplotlib's
/// defaults scaled to a 480-pixel-wide figure that prints about 12 cm wide.
enum Typography {
    static let tickFont = 10.0
    static let labelFont = 11.0
    static let titleFont = 12.0
    static let legendFont = 10.0
    static let noteFont = 11.0
    static let majorTick = 3.5
    static let minorTick = 2.0
    /// Between a tick and its label.
    static let tickGap = 3.0
    /// Around the outside of a panel.
    static let outerPad = 6.0
    static let lineWidth = 1.5
    static let spineWidth = 0.8
    static let dotDiameter = 5.0
    static let colorbarGap = 10.0
    static let colorbarWidth = 12.0
}
