#include "validation/validation.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "core/csv_field.hpp"
#include "core/errors.hpp"
#include "core/indicators.hpp"

namespace regiotwin {
namespace {

using Kind = Tolerance::Kind;
using Value = std::function<double(ValidationRuns&)>;

// The months of `year` in a result; a check asking for a year outside the run is a bug.
std::pair<int, int> months_of(const SimulationResult& r, int year) {
  const int first = YearMonth(year, 1).index() - r.from().index();
  if (first < 0 || first + 12 > r.months()) throw Error(ExitCode::internal, fmt::format("{} is outside the run", year));
  return {first, first + 12};
}

// "In year Y" is read as the mean over its twelve months (about the middle of the year).
double year_mean(const SimulationResult& r, int year, Indicator indicator) {
  const auto [first, end] = months_of(r, year);
  double sum = 0.0;
  for (int month = first; month < end; ++month) sum += r.region(month, indicator);
  return sum / 12.0;
}

double year_total(const SimulationResult& r, int year, Indicator indicator) {
  const auto [first, end] = months_of(r, year);
  double sum = 0.0;
  for (int month = first; month < end; ++month) sum += r.region(month, indicator);
  return sum;
}

Value constant(double value) {
  return [value](ValidationRuns&) { return value; };
}

Value projected_mean(int year, Indicator indicator, double scale) {
  return [=](ValidationRuns& runs) { return year_mean(runs.projection(), year, indicator) / scale; };
}

Value projected_total(int year, Indicator indicator, double scale) {
  return [=](ValidationRuns& runs) { return year_total(runs.projection(), year, indicator) / scale; };
}

Value projected_ratio_percent(int year, Indicator part, Indicator whole) {
  return [=](ValidationRuns& runs) {
    const SimulationResult& r = runs.projection();
    return 100.0 * year_mean(r, year, part) / year_mean(r, year, whole);
  };
}

Value projected_share_percent(int year, Indicator part) {
  return projected_ratio_percent(year, part, Indicator::population);
}

ValidationCheck check(std::string id, std::string figure, std::string unit, int decimals, std::string source,
                      Tolerance tolerance, CheckScope scope, Value published, Value model) {
  return ValidationCheck{std::move(id), std::move(figure),    std::move(unit),
                         decimals,      std::move(source),    std::move(tolerance),
                         scope,         std::move(published), std::move(model)};
}

// A count of the projection's first year against CBS's registered count (37230ned, provisional).
ValidationCheck registered_in_2024(std::string id, const std::string& what, long long registered, Indicator indicator,
                                   double relative_tolerance, std::string reason) {
  const std::string digits = std::to_string(registered);
  std::string count;  // as CBS prints it: 165,404
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) count += ',';
    count += digits[i];
  }
  return check(std::move(id), what + " in 2024", "thousand", 1, "CBS 37230ned, 2024 (provisional): " + count,
               {Kind::relative, relative_tolerance, std::move(reason)}, CheckScope::national,
               constant(static_cast<double>(registered) / 1e3), projected_total(2024, indicator, 1e3));
}

// The synthesis: one person per resident of the pack.
void add_start_checks(std::vector<ValidationCheck>& out) {
  out.push_back(check(
      "start_population", "Residents at the start", "persons", 0, "The region pack's municipalities.csv",
      {Kind::absolute, 0.0, "synthesis makes one person per resident, so any difference is a bug"},
      CheckScope::any_region, [](ValidationRuns& runs) { return static_cast<double>(runs.region().population()); },
      [](ValidationRuns& runs) { return static_cast<double>(runs.start_population()); }));
}

// The national projection against CBS's: its headline figures, and the first year's flows
// against the registered ones.
void add_projection_checks(std::vector<ValidationCheck>& out) {
  out.push_back(check("population_2037", "Residents in 2037", "million", 2,
                      "CBS Kernprognose 2024 (news 17 Dec 2024): 19 million reached in the course of 2037",
                      {Kind::absolute, 0.25,
                       "half the CBS 67% prognosis interval around 2037 (+-0.22 million in 2030, +-0.59 million "
                       "in 2040; CBS 85745NED): a model run on CBS's assumptions should land well inside it"},
                      CheckScope::national, constant(19.0), projected_mean(2037, Indicator::population, 1e6)));
  out.push_back(check("share_65plus_2040", "Share aged 65+ in 2040", "%", 1,
                      "CBS Kernprognose 2024: a quarter of the population is 65 or older by 2040",
                      {Kind::absolute, 1.0,
                       "CBS rounds to a quarter (+-0.5 points); another 0.5 points for the start population's "
                       "5-year bands, which are estimated"},
                      CheckScope::national, constant(25.0),
                      projected_share_percent(2040, Indicator::population_65plus)));
  out.push_back(check("aged_80plus_2045", "Residents aged 80+ in 2045", "million", 2,
                      "CBS Kernprognose 2024: 80+ doubles from 0.9 million (end 2024) to 1.8 million in 2045",
                      {Kind::absolute, 0.1,
                       "CBS rounds to 0.1 million (+-0.05 million); another 0.05 million for the mortality "
                       "trend, one rate for all ages where CBS projects by age"},
                      CheckScope::national, constant(1.8), projected_mean(2045, Indicator::population_80plus, 1e6)));
  out.push_back(registered_in_2024("births_2024", "Live births", 165404, Indicator::births, 0.05,
                                   "registered births moved by 2-6% a year in 2021-2024 (179, 168, 165, 165 "
                                   "thousand), and the start population's age bands are estimated"));
  out.push_back(registered_in_2024("deaths_2024", "Deaths", 171945, Indicator::deaths, 0.05,
                                   "deaths move by a few percent from year to year with flu seasons and heat waves, "
                                   "and the oldest ages of the start population are estimated"));
  out.push_back(registered_in_2024("immigrants_2024", "Immigrants", 314072, Indicator::immigrants, 0.10,
                                   "immigration swings strongly from year to year (CBS: 335,668 in 2023, 314,072 in "
                                   "2024, where its own projection had 323 thousand); the model follows the 2023 "
                                   "rate along CBS's projected trend"));
}

// The period rates as the engine applies them, measured on synthetic populations.
void add_period_checks(std::vector<ValidationCheck>& out) {
  // The standard error of a cohort's mean age at death is its spread (about 15 years) over the
  // square root of its size: 0.05 years for 100,000 newborns.
  const std::string life_expectancy_tolerance =
      "5 standard errors of the mean age at death of 100,000 newborns (0.05 years each) plus the life table "
      "fit's 0.02 years";
  out.push_back(check("life_expectancy_men", "Life expectancy at birth, men (cohort)", "years", 2,
                      "CBS 37360ned, period life table 2023: 80.31", {Kind::absolute, 0.25, life_expectancy_tolerance},
                      CheckScope::any_region, constant(80.31),
                      [](ValidationRuns& runs) { return runs.life_expectancy(Sex::men); }));
  out.push_back(check("life_expectancy_women", "Life expectancy at birth, women (cohort)", "years", 2,
                      "CBS 37360ned, period life table 2023: 83.33", {Kind::absolute, 0.25, life_expectancy_tolerance},
                      CheckScope::any_region, constant(83.33),
                      [](ValidationRuns& runs) { return runs.life_expectancy(Sex::women); }));
  out.push_back(check(
      "total_fertility", "Total fertility, 2023 rates", "children per woman", 3, "CBS 85747NED, 2023: 1.433 (1.43289)",
      {Kind::absolute, 0.03,
       "4 standard errors of the births counted among 40,000 women per age (about 0.006 each) "
       "plus the half-year ageing within the measuring year (0.005)"},
      CheckScope::any_region, constant(1.433), [](ValidationRuns& runs) { return runs.total_fertility(); }));
}

// The health and social states of the first projected year against the published national
// stocks. The prevalence tables are inputs, so what these test is the synthesis and the derived
// incidence on the national age structure: the stocks must come out where CBS, Nivel and Vektis
// counted them, and stay there while the population ages.
void add_state_checks(std::vector<ValidationCheck>& out) {
  const auto share = [&](std::string id, std::string figure, std::string source, double published, double tolerance,
                         std::string reason, Indicator part, Indicator whole) {
    out.push_back(check(std::move(id), std::move(figure), "%", 1, std::move(source),
                        {Kind::absolute, tolerance, std::move(reason)}, CheckScope::national, constant(published),
                        projected_ratio_percent(2024, part, whole)));
  };
  share("wlz_2024", "Wlz indication, share of residents", "CBS 84529NED, 2022: 358,490 = 2.01%", 2.01, 0.25,
        "the share grew by 0.06 points a year in 2020-2022 and the model year is 2024; the age split of the 80+ is "
        "estimated",
        Indicator::wlz, Indicator::population);
  share("youth_care_2024", "Youth care, share of under-23s", "CBS Jeugdmonitor 2024: 474,000 = 10.6% (2023)", 10.6, 0.6,
        "the age profile within 0-22 is estimated from the age composition of users", Indicator::youth_care,
        Indicator::population_under23);
  share("household_help_75_84", "Wmo household help, share of 75-84", "CBS/GMSD 2022 via schulinck.nl: 14.7%", 14.7,
        1.5, "a half-year figure (second half of 2022); the age profile within the band is interpolated",
        Indicator::household_help_75_84, Indicator::population_75_84);
  share("household_help_85plus", "Wmo household help, share of 85+", "CBS/GMSD 2022 via schulinck.nl: 29.3%", 29.3, 2.0,
        "as for 75-84; fewer persons, so a wider margin", Indicator::household_help_85plus,
        Indicator::population_85plus);
  share("wmo_2024", "Wmo tailored support, share of residents", "CBS 86050NED, 2024: 1,284,680 = 7.2%", 7.2, 0.5,
        "the prevalence of Wmo support other than household help by age is an assumption fitted to this total",
        Indicator::wmo, Indicator::population);
  share("multimorbidity_2024", "Two or more chronic conditions, share of residents",
        "vzinfo.nl (Nivel Zorgregistraties), 1 January 2022: 5.7 million = 33%", 33.0, 2.0,
        "the age shape comes from 2019 care prevalence scaled to this total", Indicator::chronic_2plus,
        Indicator::population);
  share("frailty_65plus_2024", "Frail, share of 65+", "Vektis factsheet kwetsbare ouderen: 22% of 65+", 22.0, 2.0,
        "the Vektis claims-based model is one of several frailty measures (SCP: about 25%)", Indicator::frail,
        Indicator::population_65plus);
  share("severe_mental_2024", "Severe mental illness (EPA), share of residents",
        "Delespaul & Consensusgroep EPA 2013: 281,000 = 1.7%", 1.7, 0.3,
        "an estimate with a wide range in its own source (160,000-281,000 depending on the definition)",
        Indicator::mental_severe, Indicator::population);
  out.push_back(check(
      "bijstand_2024", "Residents on bijstand", "thousand", 0, "CBS, end of December 2023: 401,000 under the AOW age",
      {Kind::relative, 0.08, "rates by age are from 2019 and 2023 counts; the count moves a few percent a year"},
      CheckScope::national, constant(401.0), projected_mean(2024, Indicator::bijstand, 1e3)));
}

std::vector<ValidationCheck> declare_checks() {
  std::vector<ValidationCheck> checks;
  add_start_checks(checks);
  add_projection_checks(checks);
  add_period_checks(checks);
  add_state_checks(checks);
  return checks;
}

std::string formatted(double value, int decimals) { return fmt::format("{:.{}f}", value, decimals); }

std::string tolerance_text(const ValidationCheck& c) {
  if (c.tolerance.kind == Kind::relative) return fmt::format("+-{:g}%", 100.0 * c.tolerance.value);
  return "+-" + formatted(c.tolerance.value, c.decimals);
}

std::string deviation_text(const CheckOutcome& o) {
  if (o.status == CheckStatus::skipped) return "-";
  if (o.check->tolerance.kind == Kind::relative) return fmt::format("{:+.1f}%", 100.0 * o.deviation() / o.published);
  return fmt::format("{:+.{}f}", o.deviation(), o.check->decimals);
}

std::string status_text(CheckStatus status) {
  switch (status) {
    case CheckStatus::ok: return "ok";
    case CheckStatus::fail: return "FAIL";
    case CheckStatus::skipped: return "skipped";
  }
  return "?";
}

}  // namespace

double Tolerance::allowed(double published) const {
  return kind == Kind::relative ? value * std::abs(published) : value;
}

const std::vector<ValidationCheck>& validation_checks() {
  static const std::vector<ValidationCheck> checks = declare_checks();
  return checks;
}

std::vector<CheckOutcome> validate(ValidationRuns& runs, const std::vector<ValidationCheck>& checks) {
  std::vector<CheckOutcome> out;
  for (const ValidationCheck& check : checks) {
    CheckOutcome o{&check, CheckStatus::skipped, check.published(runs), 0.0};
    if (check.scope == CheckScope::any_region || runs.national()) {
      o.model = check.model(runs);
      // A small margin keeps a value printed as on the boundary from failing on rounding.
      const double allowed = check.tolerance.allowed(o.published) * (1.0 + 1e-9);
      o.status = std::abs(o.deviation()) <= allowed ? CheckStatus::ok : CheckStatus::fail;
    }
    out.push_back(o);
  }
  return out;
}

bool all_passed(const std::vector<CheckOutcome>& outcomes) {
  return std::none_of(outcomes.begin(), outcomes.end(),
                      [](const CheckOutcome& o) { return o.status == CheckStatus::fail; });
}

std::string validation_table(const std::vector<CheckOutcome>& outcomes) {
  constexpr auto row = "{:<50} {:>12} {:>12} {:>10} {:>10}  {}\n";
  std::string out = fmt::format(row, "figure", "model", "published", "deviation", "tolerance", "result");
  bool skipped = false;
  for (const CheckOutcome& o : outcomes) {
    const ValidationCheck& c = *o.check;
    const std::string figure = fmt::format("{} ({})", c.figure, c.unit);
    const std::string model = o.status == CheckStatus::skipped ? "-" : formatted(o.model, c.decimals);
    out += fmt::format(row, figure, model, formatted(o.published, c.decimals), deviation_text(o), tolerance_text(c),
                       status_text(o.status));
    skipped = skipped || o.status == CheckStatus::skipped;
  }
  if (skipped) out += "skipped: national figures, compared only for a region that is the whole country\n";
  out += "\nsources and tolerances (docs/validation.md):\n";
  for (const CheckOutcome& o : outcomes) {
    out += fmt::format("  {}: {}; tolerance {}: {}\n", o.check->id, o.check->source, tolerance_text(*o.check),
                       o.check->tolerance.reason);
  }
  return out;
}

std::string validation_csv(const std::vector<CheckOutcome>& outcomes) {
  std::string out =
      "id,figure,unit,scope,result,model,published,deviation,tolerance,tolerance_kind,tolerance_reason,source\n";
  for (const CheckOutcome& o : outcomes) {
    const ValidationCheck& c = *o.check;
    const bool skipped = o.status == CheckStatus::skipped;
    out += fmt::format("{},{},{},{},{},{},{},{},{},{},{},{}\n", c.id, csv_field(c.figure), csv_field(c.unit),
                       c.scope == CheckScope::national ? "national" : "any region", status_text(o.status),
                       skipped ? "" : fmt::format("{:.10g}", o.model), fmt::format("{:.10g}", o.published),
                       skipped ? "" : fmt::format("{:.10g}", o.deviation()), fmt::format("{:g}", c.tolerance.value),
                       c.tolerance.kind == Kind::relative ? "relative" : "absolute", csv_field(c.tolerance.reason),
                       csv_field(c.source));
  }
  return out;
}

}  // namespace regiotwin
