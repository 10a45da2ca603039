// Owners for discount codes that no codes file names: a code that holds a creator's handle or
// name ("LENA10" for lena.andrews) is suggested to them, for the user to accept (issue 19).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace creatorscope {

struct CodeOwnerCandidate {
    std::string handle;  // as the roster has it
    std::string name;    // the display name, or empty
};

struct CodeOwnerSuggestion {
    std::string handle;
    std::string why;  // "LENA10 holds 'lena', the start of lena.andrews"
};

// The one creator the code's letters point to: the code's letters (digits and marks dropped, at
// least 4) are the start of the handle's letters, or hold all of them, or equal a word of the
// handle or the name; for a value of several words ("lena_fall_story", a tracking link's), the
// same for each word of 4 letters or more. None when no creator or more than one fits.
std::optional<CodeOwnerSuggestion> suggest_code_owner(std::string_view code, const std::vector<CodeOwnerCandidate>& creators);

}  // namespace creatorscope
