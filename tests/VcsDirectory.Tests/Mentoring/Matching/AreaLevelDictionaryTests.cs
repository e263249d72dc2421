using VcsDirectory.Api.Mentoring.Matching;

namespace VcsDirectory.Tests.Mentoring.Matching;

public class AreaLevelDictionaryTests
{
    [Fact]
    public void Reads_as_the_dictionary_it_replaces_whatever_order_the_levels_came_in()
    {
        var levels = AreaLevelDictionary.Of([(7, 3), (2, 1), (5, 2)]);
        var dictionary = new Dictionary<int, int> { [7] = 3, [2] = 1, [5] = 2 };

        Assert.Equal(dictionary.Count, levels.Count);
        Assert.Equal(dictionary.OrderBy(e => e.Key), levels);
        Assert.Equal([2, 5, 7], levels.Keys);
        Assert.Equal([1, 2, 3], levels.Values);
        Assert.Equal(3, levels[7]);
        Assert.True(levels.TryGetValue(5, out var five));
        Assert.Equal(2, five);
        Assert.False(levels.TryGetValue(4, out var none));
        Assert.Equal(0, none);
        Assert.True(levels.ContainsKey(2));
        Assert.False(levels.ContainsKey(8));
        Assert.Equal(0, levels.GetValueOrDefault(1));
        Assert.Throws<KeyNotFoundException>(() => levels[1]);
    }

    [Fact]
    public void No_levels_is_the_one_empty_instance()
    {
        var levels = AreaLevelDictionary.Of([]);

        Assert.Same(AreaLevelDictionary.Empty, levels);
        Assert.Empty(levels);
        Assert.Empty(levels.Keys);
        Assert.False(levels.ContainsKey(0));
    }

    [Fact]
    public void Its_keys_and_values_cannot_change_it()
    {
        var levels = AreaLevelDictionary.Of([(2, 1), (5, 3)]);

        if (levels.Keys is IList<int> keys && !keys.IsReadOnly)
        {
            keys[0] = 9;
        }

        if (levels.Values is IList<int> values && !values.IsReadOnly)
        {
            values[1] = 1;
        }

        Assert.True(levels.ContainsKey(2));
        Assert.Equal(3, levels[5]);
    }

    [Fact]
    public void An_area_listed_twice_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => AreaLevelDictionary.Of([(3, 1), (3, 2)]));

        Assert.Contains("Capacity area 3 is listed twice", error.Message);
    }
}
