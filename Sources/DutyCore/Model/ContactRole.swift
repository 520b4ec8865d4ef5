/// A standing role of a unit whose holders are reached by escalations.
public enum ContactRole: String, CaseIterable, Sendable {
    /// The unit's head (校长, 局长).
    case head
    /// The safety officer or safety section (安全科).
    case safety
    /// The duty office (值班室).
    case dutyOffice = "duty_office"
}
