#pragma once

#include <cstddef>
#include <cstdint>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace jifen {

// Asks the system to back a large buffer that is about to be filled with 2 MB pages rather than 4 KB ones (Linux's
// transparent huge pages, which Debian grants to the programs that ask for them). An import of millions of rows fills
// hundreds of megabytes of fresh memory, and with small pages the kernel stops the program for every 4 KB of it: on
// the city-scale points import 190,000 such stops took longer than the work done in the pages. Only the whole 2 MB
// pages inside the buffer are asked for; smaller buffers, and other systems, are left as they are.
inline void adviseLargePages(const void* begin, std::size_t bytes)
{
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    constexpr std::uintptr_t largePage = 2 * 1024 * 1024;
    const auto first = reinterpret_cast<std::uintptr_t>(begin);
    const std::uintptr_t start = (first + largePage - 1) & ~(largePage - 1);
    const std::uintptr_t end = (first + bytes) & ~(largePage - 1);
    if (end > start)
        madvise(reinterpret_cast<void*>(start), end - start, MADV_HUGEPAGE); // a hint: refused is as before
#else
    static_cast<void>(begin);
    static_cast<void>(bytes);
#endif
}

// The same for the room a list has reserved.
template<typename List> void adviseLargePages(const List& list)
{
    adviseLargePages(list.data(), std::size_t(list.capacity()) * sizeof(typename List::value_type));
}

} // namespace jifen
