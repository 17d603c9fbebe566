package cascadekit.split;

import java.util.List;
import java.util.Optional;

/**
 * The findings of a {@link LeakageAudit}, in the order the checks ran.
 *
 * @param findings every check's finding, broken or not
 */
public record LeakageReport(List<LeakageFinding> findings) {
  /** Keeps an unmodifiable copy. */
  public LeakageReport {
    findings = List.copyOf(findings);
  }

  /** Returns the findings that broke their rule. */
  public List<LeakageFinding> broken() {
    return findings.stream().filter(LeakageFinding::broken).toList();
  }

  /** Returns the finding of check {@code kind} on {@code subject}, if the audit made one. */
  public Optional<LeakageFinding> find(String kind, String subject) {
    return findings.stream().filter(f -> f.kind().equals(kind) && f.subject().equals(subject)).findFirst();
  }
}
