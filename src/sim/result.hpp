#pragma once
#include <string>
#include <vector>

#include "core/indicators.hpp"
#include "core/year_month.hpp"

namespace regiotwin {

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

 private:
  [[nodiscard]] std::size_t offset(int month, std::size_t municipality, Indicator indicator) const {
    return (static_cast<std::size_t>(month) * codes_.size() + municipality) * n_indicators +
           static_cast<std::size_t>(indicator);
  }
  YearMonth from_;
  int months_ = 0;
  std::vector<std::string> codes_;
  std::vector<std::string> names_;
  std::vector<double> values_;
};

}  // namespace regiotwin
