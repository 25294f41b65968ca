#include "care/questions.hpp"

#include <bit>

#include "population/person_state.hpp"

namespace regiotwin {
namespace {

std::size_t index(QuestionType t) { return static_cast<std::size_t>(t); }

// The bit of `state` at `level` (1 or 2): a levelled state's level 1 is its low bit, level 2 its
// high bit, a binary state has one bit.
std::size_t bit_of(State state, int level = 1) {
  return static_cast<std::size_t>(std::countr_zero(StateSet::bits_of(state)) + level - 1);
}

}  // namespace

QuestionRates QuestionRates::from(const ParameterSet& params) {
  QuestionRates r;
  const auto per_state = [&](QuestionType t, State s, int level, const char* name) {
    r.per_state_bit[index(t)][bit_of(s, level)] = params.real(name);
  };
  // Medical questions are the GP consultations without a social background.
  const auto gp_contacts = params.table("gp_contacts_per_person_year").per_year();
  const double medical_share = 1.0 - params.real("gp_social_background_share");
  const auto home_nursing = params.table("home_nursing_client_share").per_year();
  const auto social = params.table("social_questions_per_resident").per_year();
  for (std::size_t a = 0; a < n_ages; ++a) {
    r.per_resident[index(QuestionType::medical)][a] = gp_contacts[a] * medical_share / 12.0;
    r.per_resident[index(QuestionType::home_nursing)][a] = home_nursing[a];
    r.per_resident[index(QuestionType::social)][a] = social[a];
  }
  per_state(QuestionType::social, State::lonely, 1, "social_questions_lonely");
  per_state(QuestionType::social, State::financial, 1, "social_questions_financial");
  per_state(QuestionType::mental_mild, State::mental, 1, "mental_mild_questions");
  per_state(QuestionType::mental_severe, State::mental, 2, "mental_severe_client_months");
  // Wmo support of either level: household help (level 2) is support too.
  per_state(QuestionType::support_at_home, State::wmo, 1, "wmo_client_months");
  per_state(QuestionType::support_at_home, State::wmo, 2, "wmo_client_months");
  per_state(QuestionType::youth, State::youth_care, 1, "youth_client_months");
  per_state(QuestionType::long_term_care, State::wlz, 1, "wlz_client_months");
  per_state(QuestionType::work_income, State::bijstand, 1, "work_income_contacts_bijstand");

  r.size.fill(1.0);
  r.size[index(QuestionType::mental_mild)] = params.real("mental_mild_question_contacts");
  for (std::size_t t = 0; t < n_question_types; ++t) {
  }
  return r;
}

QuestionCounts QuestionRates::expected(const std::array<double, n_ages>& residents_by_age,
                                       const std::array<double, n_state_bits>& persons_with_bit) const {
  QuestionCounts out{};
  for (std::size_t t = 0; t < n_question_types; ++t) {
    for (std::size_t a = 0; a < n_ages; ++a) out[t] += residents_by_age[a] * per_resident[t][a];
  }
  add_state_bits(out, persons_with_bit);
  return out;
}

QuestionCounts QuestionRates::by_state_bits(const std::array<double, n_state_bits>& persons_with_bit) const {
  QuestionCounts out{};
  add_state_bits(out, persons_with_bit);
  return out;
}

void QuestionRates::add_state_bits(QuestionCounts& out,
                                   const std::array<double, n_state_bits>& persons_with_bit) const {
  for (std::size_t t = 0; t < n_question_types; ++t) {
    for (std::size_t b = 0; b < n_state_bits; ++b) out[t] += persons_with_bit[b] * per_state_bit[t][b];
  }
}

QuestionCounts QuestionRates::expected_of(int age, std::uint16_t state_bits) const {
  QuestionCounts out{};
  for (std::size_t t = 0; t < n_question_types; ++t) {
    out[t] = per_resident[t][static_cast<std::size_t>(age)];
    for (std::size_t b = 0; b < n_state_bits; ++b) {
      if (((std::uint32_t{state_bits} >> b) & 1U) != 0U) out[t] += per_state_bit[t][b];
    }
  }
  return out;
}

}  // namespace regiotwin
