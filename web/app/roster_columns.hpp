// The roster's columns (a data table in roster_columns.cpp) and the sort keys read from them:
// shared by the roster view's table and its sorting.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "creatorscope/engine.hpp"

namespace creatorscope::web {

// One column of the roster: its header, what the header's tooltip says, the widest value it
// expects, how it sorts, and how a cell is drawn (with the cell's own tooltip).
struct RosterColumn {
    const char* header;
    const char* help;
    const char* widest;
    bool descending_first;
    int (*compare)(const CreatorResult&, const CreatorResult&);
    void (*draw)(const CreatorResult&);
};

const std::vector<RosterColumn>& roster_columns();

// The engine whose follower samples the cells read (set before drawing or sorting).
void set_drawn_engine(const Engine* engine);

// Sort keys: the numeric column of a header (-1 for the others), a creator's key in it, and the
// text key of the text columns (null for the others).
int numeric_column(std::string_view header);
double numeric_key(int column, const CreatorResult& c);
const std::string* text_key(std::string_view header, const CreatorResult& c);

}  // namespace creatorscope::web
