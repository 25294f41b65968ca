#pragma once
#include <string>
#include <vector>

#include "care/care_measures.hpp"
#include "core/indicators.hpp"
#include "core/sex.hpp"
#include "core/year_month.hpp"
#include "finance/ledger.hpp"

namespace regiotwin {

// The cost indicators follow the payers' order.
static_assert(static_cast<std::size_t>(Indicator::cost_total) ==
              static_cast<std::size_t>(Indicator::cost_zvw) + n_payers);
inline Indicator cost_indicator(Payer payer) {
  return static_cast<Indicator>(static_cast<std::size_t>(Indicator::cost_zvw) + static_cast<std::size_t>(payer));
}

// Indicator values per month and municipality, in the order of the output dictionary.
class SimulationResult {
 public:
  SimulationResult() = default;
  SimulationResult(YearMonth from, int months, std::vector<std::string> codes, std::vector<std::string> names);

  [[nodiscard]] YearMonth from() const { return from_; }
  [[nodiscard]] int months() const { return months_; }
  [[nodiscard]] const std::vector<std::string>& municipality_codes() const { return codes_; }
  [[nodiscard]] const std::vector<std::string>& municipality_names() const { return names_; }
  [[nodiscard]] std::size_t municipality_count() const { return codes_.size(); }

  [[nodiscard]] double at(int month, std::size_t municipality, Indicator indicator) const {
    return values_[offset(month, municipality, indicator)];
  }
  double& at(int month, std::size_t municipality, Indicator indicator) {
    return values_[offset(month, municipality, indicator)];
  }
  // The region's value, aggregated over municipalities as the dictionary says.
  [[nodiscard]] double region(int month, Indicator indicator) const;

  // Per place and per profession, by month and municipality (care/care_measures.hpp).
  [[nodiscard]] double place(int month, std::size_t municipality, Place p, PlaceMeasure k) const {
    return place_values_[place_offset(month, municipality, p, k)];
  }
  double& place(int month, std::size_t municipality, Place p, PlaceMeasure k) {
    return place_values_[place_offset(month, municipality, p, k)];
  }
  [[nodiscard]] double profession(int month, std::size_t municipality, Profession p, ProfessionMeasure k) const {
    return profession_values_[profession_offset(month, municipality, p, k)];
  }
  double& profession(int month, std::size_t municipality, Profession p, ProfessionMeasure k) {
    return profession_values_[profession_offset(month, municipality, p, k)];
  }

  // Money per payer and cost line, by month and municipality (finance/costs.hpp).
  [[nodiscard]] double cost(int month, std::size_t municipality, Payer payer, CostLine line) const {
    return cost_values_[cost_offset(month, municipality, payer, line)];
  }
  double& cost(int month, std::size_t municipality, Payer payer, CostLine line) {
    return cost_values_[cost_offset(month, municipality, payer, line)];
  }

  // Questions by type from entry place to final place, summed per calendar year of the run (year 0
  // is the first month's year); final place n_places means left unresolved that month.
  static constexpr std::size_t n_final_places = n_places + 1;
  [[nodiscard]] int years() const { return years_; }
  [[nodiscard]] double flow(int year, std::size_t municipality, QuestionType t, Place entry,
                            std::size_t final_place) const {
    return flows_[flow_offset(year, municipality, t, entry, final_place)];
  }
  double& flow(int year, std::size_t municipality, QuestionType t, Place entry, std::size_t final_place) {
    return flows_[flow_offset(year, municipality, t, entry, final_place)];
  }

  // Residents by sex and five-year age group (the last one open: 95 and older) at the end of the
  // first month of each calendar year of the run (year 0 is the first month's year).
  static constexpr std::size_t n_age_groups = 20;
  [[nodiscard]] double pyramid(int year, std::size_t municipality, Sex sex, std::size_t group) const {
    return pyramid_[pyramid_offset(year, municipality, sex, group)];
  }
  double& pyramid(int year, std::size_t municipality, Sex sex, std::size_t group) {
    return pyramid_[pyramid_offset(year, municipality, sex, group)];
  }

 private:
  [[nodiscard]] std::size_t offset(int month, std::size_t municipality, Indicator indicator) const {
    return (static_cast<std::size_t>(month) * codes_.size() + municipality) * n_indicators +
           static_cast<std::size_t>(indicator);
  }
  [[nodiscard]] std::size_t place_offset(int month, std::size_t municipality, Place p, PlaceMeasure k) const {
    return ((static_cast<std::size_t>(month) * codes_.size() + municipality) * n_places + static_cast<std::size_t>(p)) *
               n_place_measures +
           static_cast<std::size_t>(k);
  }
  [[nodiscard]] std::size_t profession_offset(int month, std::size_t municipality, Profession p,
                                              ProfessionMeasure k) const {
    return ((static_cast<std::size_t>(month) * codes_.size() + municipality) * n_professions +
            static_cast<std::size_t>(p)) *
               n_profession_measures +
           static_cast<std::size_t>(k);
  }
  [[nodiscard]] std::size_t cost_offset(int month, std::size_t municipality, Payer payer, CostLine line) const {
    return ((static_cast<std::size_t>(month) * codes_.size() + municipality) * n_cost_lines +
            static_cast<std::size_t>(line)) *
               n_payers +
           static_cast<std::size_t>(payer);
  }
  [[nodiscard]] std::size_t flow_offset(int year, std::size_t municipality, QuestionType t, Place entry,
                                        std::size_t final_place) const {
    return (((static_cast<std::size_t>(year) * codes_.size() + municipality) * n_question_types +
             static_cast<std::size_t>(t)) *
                n_places +
            static_cast<std::size_t>(entry)) *
               n_final_places +
           final_place;
  }
  [[nodiscard]] std::size_t pyramid_offset(int year, std::size_t municipality, Sex sex, std::size_t group) const {
    return ((static_cast<std::size_t>(year) * codes_.size() + municipality) * 2 + static_cast<std::size_t>(sex)) *
               n_age_groups +
           group;
  }
  YearMonth from_;
  int months_ = 0;
  std::vector<std::string> codes_;
  std::vector<std::string> names_;
  int years_ = 0;
  std::vector<double> values_;
  std::vector<double> place_values_;
  std::vector<double> profession_values_;
  std::vector<double> cost_values_;
  std::vector<double> flows_;
  std::vector<double> pyramid_;
};

}  // namespace regiotwin
