#pragma once
// `regiotwin validate`: the model against published figures. Each check names the published value
// and its source, a tolerance with the reason for it, the regions it applies to, and how the model
// value is obtained from the engine (engine_runs.hpp). Rendering the table and its CSV is here too;
// docs/validation.md describes every check.
#include <functional>
#include <string>
#include <vector>

#include "validation/engine_runs.hpp"

namespace regiotwin {

struct Tolerance {
  enum class Kind { absolute, relative };
  Kind kind = Kind::absolute;
  double value = 0.0;  // in the check's unit (absolute), or as a share of the published value
  std::string reason;

  [[nodiscard]] double allowed(double published) const;  // the largest accepted |model - published|
};

enum class CheckScope {
  any_region,  // holds for every region (the model's rates, the synthesis)
  national,    // a national figure: only for a region that is the whole country
};

struct ValidationCheck {
  std::string id;
  std::string figure;  // as shown in the table
  std::string unit;
  int decimals = 0;  // shown in the table
  std::string source;
  Tolerance tolerance;
  CheckScope scope = CheckScope::any_region;
  std::function<double(ValidationRuns&)> published;
  std::function<double(ValidationRuns&)> model;
};

enum class CheckStatus { ok, fail, skipped };

struct CheckOutcome {
  const ValidationCheck* check = nullptr;
  CheckStatus status = CheckStatus::skipped;
  double published = 0.0;
  double model = 0.0;
  [[nodiscard]] double deviation() const { return model - published; }
};

// Every check, in the order of the table.
const std::vector<ValidationCheck>& validation_checks();

// Runs the checks that apply to the region; the others are listed as skipped.
std::vector<CheckOutcome> validate(ValidationRuns& runs, const std::vector<ValidationCheck>& checks);
bool all_passed(const std::vector<CheckOutcome>& outcomes);

// The table as printed (figure, model, published, deviation, tolerance, result, then sources).
std::string validation_table(const std::vector<CheckOutcome>& outcomes);
// One row per check with every field, for spreadsheets.
std::string validation_csv(const std::vector<CheckOutcome>& outcomes);

}  // namespace regiotwin
