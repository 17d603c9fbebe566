var penguins = Penguins.read().kept();
System.out.println("Chapter 01: `penguins` holds " + penguins.size() + " Palmer penguins (List<Penguin>). Try: penguins.get(0), Split.of(penguins, 0.3, 42)");
