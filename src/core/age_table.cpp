#include "core/age_table.hpp"

#include <fmt/format.h>

#include "core/errors.hpp"

namespace regiotwin {

std::string AgeBand::label() const { return to >= max_age ? fmt::format("{}+", from) : fmt::format("{}-{}", from, to); }

std::array<double, n_ages> AgeTable::per_year() const {
  std::array<double, n_ages> out{};
  for (std::size_t b = 0; b < bands.size(); ++b) {
    for (int age = bands[b].from; age <= bands[b].to && age <= max_age; ++age) {
      out[static_cast<std::size_t>(age)] = values[b];
    }
  }
  return out;
}

void check_partition(const std::vector<AgeBand>& bands, const std::string& what) {
  int next = 0;
  for (const AgeBand& band : bands) {
    if (band.from != next || band.to < band.from) {
      throw ValidationError(
          fmt::format("{}: age bands must run from 0 to {} without gaps or overlaps; "
                      "expected a band starting at {}, got {}",
                      what, max_age, next, band.label()));
    }
    next = band.to + 1;
  }
  if (next != max_age + 1) {
    throw ValidationError(
        fmt::format("{}: age bands must end at {} (the open band 'N+'), they end at {}", what, max_age, next - 1));
  }
}

}  // namespace regiotwin

namespace regiotwin {

AgeBand parse_age_band(const std::string& text, const std::string& what) {
  const auto fail = [&] {
    return ValidationError(
        fmt::format("{}: expected an age band like '0-14' or '85+' with ages 0 to {}, got '{}'", what, max_age, text));
  };
  const auto to_int = [&](const std::string& s) {
    if (s.empty() || s.size() > 3 || s.find_first_not_of("0123456789") != std::string::npos) throw fail();
    return std::stoi(s);
  };
  AgeBand band;
  if (!text.empty() && text.back() == '+') {
    band = {to_int(text.substr(0, text.size() - 1)), max_age};
  } else if (const auto dash = text.find('-'); dash != std::string::npos) {
    band = {to_int(text.substr(0, dash)), to_int(text.substr(dash + 1))};
  } else {
    const int age = to_int(text);
    band = {age, age};
  }
  if (band.from > band.to || band.to > max_age) throw fail();
  return band;
}

}  // namespace regiotwin
