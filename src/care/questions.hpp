#pragma once
// Help questions residents raise per month (model.md §3), from the "questions" parameters. A
// person's expected questions of a type are the rate for the person's age plus the rates of the
// states the person has; because rates add up, the expected questions of a municipality follow
// from its residents counted by age and by state, which the person pass counts anyway.
#include <array>
#include <cstdint>
#include <string_view>

#include "care/care_types.hpp"
#include "core/age_table.hpp"
#include "core/parameters.hpp"

namespace regiotwin {

using QuestionCounts = std::array<double, n_question_types>;

struct QuestionRates {
  static constexpr std::size_t n_state_bits = 16;  // StateSet bits; a levelled state has one bit per level

  // Per resident and month, by question type and single year of age.
  std::array<std::array<double, n_ages>, n_question_types> per_resident{};
  // Per person with this state bit and month, by question type.
  std::array<std::array<double, n_state_bits>, n_question_types> per_state_bit{};
  // Units one question brings to the place that answers it: contacts, or client-months for a need
  // of ongoing care (is_ongoing, care_types.hpp).
  std::array<double, n_question_types> size{};

  static QuestionRates from(const ParameterSet& params);

  // Expected questions in a month among residents counted by single year of age and by state bit.
  [[nodiscard]] QuestionCounts expected(const std::array<double, n_ages>& residents_by_age,
                                        const std::array<double, n_state_bits>& persons_with_bit) const;

  // The same for persons counted by state bit only (e.g. those who entered or left a state): the
  // rates per state bit without the rates by age.
  [[nodiscard]] QuestionCounts by_state_bits(const std::array<double, n_state_bits>& persons_with_bit) const;

  // Expected questions in a month of one person with these state bits (the tests' reference for
  // the counts above).
  [[nodiscard]] QuestionCounts expected_of(int age, std::uint16_t state_bits) const;

 private:
  void add_state_bits(QuestionCounts& out, const std::array<double, n_state_bits>& persons_with_bit) const;
};

}  // namespace regiotwin
