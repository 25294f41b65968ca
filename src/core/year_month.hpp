#pragma once
#include <compare>
#include <string>
#include <string_view>

namespace regiotwin {

// A calendar month, stored as months since January of year 0 so that ranges are plain integers.
class YearMonth {
 public:
  constexpr YearMonth() = default;
  constexpr YearMonth(int year, int month) : index_(year * 12 + (month - 1)) {}

  // Accepts "YYYY-MM"; throws ValidationError naming `what` otherwise.
  static YearMonth parse(std::string_view text, std::string_view what = "month");

  [[nodiscard]] constexpr int year() const { return index_ / 12; }
  [[nodiscard]] constexpr int month() const { return index_ % 12 + 1; }
  [[nodiscard]] constexpr int index() const { return index_; }
  [[nodiscard]] std::string str() const;

  [[nodiscard]] constexpr YearMonth plus(int months) const { return from_index(index_ + months); }
  // Number of months from `from` to `to`, both included.
  friend constexpr int months_inclusive(YearMonth from, YearMonth to) { return to.index_ - from.index_ + 1; }
  // NOLINTNEXTLINE(modernize-use-nullptr): clang-tidy 14 misreads a defaulted <=>
  friend constexpr auto operator<=>(YearMonth, YearMonth) = default;

 private:
  static constexpr YearMonth from_index(int index) {
    YearMonth m;
    m.index_ = index;
    return m;
  }
  int index_ = 0;
};

}  // namespace regiotwin
