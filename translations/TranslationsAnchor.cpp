// rapport_translations holds only the compiled .qm resources; a static library needs one
// object file of its own.
namespace rapport {
int translationsAnchor = 0;
} // namespace rapport
